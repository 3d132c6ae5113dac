from dispatch_desk.cli import main

raise SystemExit(main())
