// The reference client of a call from the "102" app: identity and position, camera and microphone,
// the place in the line, hang up. Messages: /v2/calls/messages.json. Text is shown through
// textContent only.
"use strict";

(function () {
  const $ = (id) => document.getElementById(id);
  let ws = null, pc = null, local = null, watch = null;
  const state = { call: "", place: 0, answered: "", connection: "new", ended: "", error: "" };
  window.citizenCall = state; // what a test (or a developer's console) reads

  // The page speaks the citizen's language: ?lang=kk|ru|en, else the browser's.
  const TEXTS = {
    en: {},
    ru: { hint: "Эталонный клиент звонка приложения «102»: то, что отправляет приложение, в окне браузера.",
          key: "Ключ приложения", name: "Имя", phone: "Телефон", account: "Учётная запись", where: "Где вы находитесь",
          lat: "Широта", lon: "Долгота", accuracy: "Точность, м", locate: "Моё местоположение",
          move: "Отправить это место", video: "Видеозвонок", call: "Позвонить", hangup: "Завершить", ready: "Готово.",
          noMedia: "Камера или микрофон недоступны: ", calling: "Вызов…", ringing: "Идёт вызов…",
          next: "Вы следующий: оператор ответит через мгновение.",
          line: "Все операторы заняты: ваш номер в очереди — ", answeredBy: "Ответил(а) ", connectedTo: "На связи: ",
          operatorEnded: "Оператор завершил звонок.", ended: "Звонок завершён.", refused: "Звонок отклонён: ",
          noGeo: "Браузер не сообщает местоположение: введите его.", noPosition: "Нет местоположения: " },
    kk: { hint: "«102» қосымшасы қоңырауының эталондық клиенті: қосымша жіберетін деректер, браузер бетінде.",
          key: "Қосымша кілті", name: "Аты-жөні", phone: "Телефон", account: "Тіркелгі", where: "Сіз қайдасыз",
          lat: "Ендік", lon: "Бойлық", accuracy: "Дәлдігі, м", locate: "Менің орным", move: "Осы орынды жіберу",
          video: "Бейнеқоңырау", call: "Қоңырау шалу", hangup: "Аяқтау", ready: "Дайын.",
          noMedia: "Камера немесе микрофон қолжетімсіз: ", calling: "Қоңырау шалынуда…", ringing: "Қоңырау түсуде…",
          next: "Сіз келесісіз: оператор қазір жауап береді.",
          line: "Барлық операторлар бос емес: кезектегі нөміріңіз — ", answeredBy: "Жауап берген: ", connectedTo: "Байланыста: ",
          operatorEnded: "Оператор қоңырауды аяқтады.", ended: "Қоңырау аяқталды.", refused: "Қоңырау қабылданбады: ",
          noGeo: "Браузер орынды бермейді: оны енгізіңіз.", noPosition: "Орын жоқ: " },
  };
  const EN = { noMedia: "The camera or microphone is not available: ", calling: "Calling…", ringing: "Ringing…",
    next: "You are next: an operator will answer in a moment.",
    line: "Every operator is busy: you are number ", answeredBy: "Answered by ", connectedTo: "Connected to ",
    operatorEnded: "The operator ended the call.", ended: "The call has ended.", refused: "The call was refused: ",
    noGeo: "This browser gives no position: type it.", noPosition: "No position: " };
  const asked = new URLSearchParams(location.search).get("lang") || (navigator.language || "en").slice(0, 2);
  const lang = TEXTS[asked] ? asked : "en";
  function t(key) { return (TEXTS[lang] || {})[key] || EN[key] || key; }

  function say(text) { $("status").textContent = text; }
  function number(id) { const v = parseFloat($(id).value.replace(",", ".")); return Number.isFinite(v) ? v : null; }
  function send(message) { if (ws && ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify(message)); }
  function busy(on) { $("call").disabled = on; $("hangup").disabled = !on; $("move").disabled = !on; }

  function place(message) {
    state.place = message.place;
    $("place").textContent = message.place <= 1 ? t("next")
      : t("line") + message.place + (lang === "en" ? " in the line." : ".");
  }

  async function call() {
    const video = $("video").checked;
    try {
      local = await navigator.mediaDevices.getUserMedia({ audio: true, video: video });
    } catch (error) {
      say(t("noMedia") + error.message);
      return;
    }
    $("self").srcObject = local;
    $("self").classList.toggle("live", local.getVideoTracks().length > 0);
    busy(true);
    state.ended = ""; state.error = ""; state.answered = ""; state.connection = "new";
    const scheme = location.protocol === "https:" ? "wss://" : "ws://";
    ws = new WebSocket(scheme + location.host + "/v2/calls/citizen");
    ws.onopen = function () {
      send({ type: "start", api_key: $("key").value.trim(), name: $("name").value, phone: $("phone").value,
             account: $("account").value, lat: number("lat"), lon: number("lon"), accuracy: number("accuracy"),
             video: video });
      say(t("calling"));
    };
    ws.onmessage = function (event) { handle(JSON.parse(event.data)).catch(function (e) { say(String(e)); }); };
    ws.onclose = function (event) {
      if (event.code !== 1000 && event.reason) { state.error = event.reason; say(t("refused") + event.reason); }
      finish();
    };
  }

  async function handle(message) {
    switch (message.type) {
      case "waiting": state.call = message.call; place(message); say(t("ringing")); break;
      case "place": place(message); break;
      case "answered":
        state.answered = message.operator; state.place = 0;
        $("place").textContent = "";
        say(t("answeredBy") + message.operator);
        await connect(message.ice_servers || []);
        break;
      case "answer": await pc.setRemoteDescription({ type: "answer", sdp: message.sdp }); break;
      case "candidate":
        if (pc && message.candidate && message.candidate.candidate) await pc.addIceCandidate(message.candidate);
        break;
      case "ended":
        state.ended = message.by;
        say(message.by === "operator" ? t("operatorEnded") : t("ended"));
        break;
      case "error": state.error = message.reason; break;
    }
  }

  async function connect(iceServers) {
    pc = new RTCPeerConnection({ iceServers: iceServers });
    local.getTracks().forEach(function (track) { pc.addTrack(track, local); });
    if (local.getVideoTracks().length === 0) pc.addTransceiver("video", { direction: "recvonly" });
    pc.ontrack = function (event) { $("remote").srcObject = event.streams[0] || new MediaStream([event.track]); };
    pc.onicecandidate = function (event) { if (event.candidate) send({ type: "candidate", candidate: event.candidate.toJSON() }); };
    pc.onconnectionstatechange = function () {
      state.connection = pc.connectionState;
      if (pc.connectionState === "connected") say(t("connectedTo") + state.answered);
    };
    const offer = await pc.createOffer();
    await pc.setLocalDescription(offer);
    send({ type: "offer", sdp: offer.sdp });
  }

  function finish() {
    busy(false);
    if (watch !== null) { navigator.geolocation.clearWatch(watch); watch = null; }
    if (pc) { pc.close(); pc = null; }
    if (local) { local.getTracks().forEach(function (t) { t.stop(); }); local = null; }
    $("self").classList.remove("live");
    $("place").textContent = "";
    ws = null;
  }

  function hangUp() { send({ type: "hangup" }); }

  function moveTo() {
    send({ type: "position", lat: number("lat"), lon: number("lon"), accuracy: number("accuracy") });
  }

  function locate() {
    if (!navigator.geolocation) { say(t("noGeo")); return; }
    navigator.geolocation.getCurrentPosition(function (p) {
      $("lat").value = p.coords.latitude.toFixed(6);
      $("lon").value = p.coords.longitude.toFixed(6);
      $("accuracy").value = Math.round(p.coords.accuracy);
      if (ws) moveTo();
    }, function (error) { say(t("noPosition") + error.message); }, { enableHighAccuracy: true });
  }

  window.addEventListener("DOMContentLoaded", function () {
    document.documentElement.lang = lang;
    document.querySelectorAll("[data-t]").forEach(function (node) {
      const text = (TEXTS[lang] || {})[node.dataset.t];
      if (text) node.textContent = text;
    });
    const query = new URLSearchParams(location.search);
    ["key", "name", "phone", "account", "lat", "lon", "accuracy"].forEach(function (id) {
      if (query.has(id)) $(id).value = query.get(id);
    });
    if (query.get("video") === "0") $("video").checked = false;
    $("call").addEventListener("click", call);
    $("hangup").addEventListener("click", hangUp);
    $("locate").addEventListener("click", locate);
    $("move").addEventListener("click", moveTo);
  });
  window.citizenActions = { call: call, hangUp: hangUp, moveTo: moveTo };
})();
