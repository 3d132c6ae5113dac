// The operator's side of a call from the app, inside the desk (QtWebEngine). The desk calls
// deskCall.* (through its typed facade, ui/call_view.py); the page reports through the bridge:
// state, the first video frame, statistics every second, snapshots and recording chunks.
"use strict";

(function () {
  let bridge = null, ws = null, pc = null, local = null, recorder = null, statsTimer = null;
  let firstFrame = false, expectVideo = false;
  const video = () => document.getElementById("remote");

  function report(name, value) { if (bridge) bridge[name](value === undefined ? "" : value); }
  function note(text) { document.getElementById("note").textContent = text || ""; }
  function send(message) { if (ws && ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify(message)); }

  async function start(url, token, camera, record) {
    stop();
    firstFrame = false;
    try {
      local = await navigator.mediaDevices.getUserMedia({ audio: true, video: !!camera });
    } catch (error) {
      report("state", "no-microphone");
      local = new MediaStream();
    }
    if (camera && local.getVideoTracks().length) {
      const self = document.getElementById("self");
      self.srcObject = local; self.style.display = "block";
    }
    ws = new WebSocket(url);
    ws.onopen = function () { send({ type: "join", token: token }); report("state", "joining"); };
    ws.onmessage = function (event) {
      handle(JSON.parse(event.data), record).catch(function (e) { report("failure", String(e)); });
    };
    ws.onclose = function (event) {
      if (event.code !== 1000) report("failure", event.reason || ("closed " + event.code));
      ws = null;
    };
  }

  async function handle(message, record) {
    switch (message.type) {
      case "joined":
        expectVideo = !!message.video;
        pc = new RTCPeerConnection({ iceServers: message.ice_servers || [] });
        local.getTracks().forEach(function (t) { pc.addTrack(t, local); });
        pc.ontrack = function (event) {
          const stream = event.streams[0] || new MediaStream([event.track]);
          if (video().srcObject !== stream) video().srcObject = stream;
          watchFrames();
          // Recording starts once the caller's audio and (for a video call) video tracks have arrived.
          if (record && !recorder && stream.getAudioTracks().length && (!expectVideo || stream.getVideoTracks().length)) {
            startRecording(stream);
          }
        };
        pc.onicecandidate = function (event) { if (event.candidate) send({ type: "candidate", candidate: event.candidate.toJSON() }); };
        pc.onconnectionstatechange = function () { report("state", pc.connectionState); };
        report("state", "joined");
        note(message.video ? "" : "voice call");
        statsTimer = setInterval(stats, 1000);
        break;
      case "offer":
        await pc.setRemoteDescription({ type: "offer", sdp: message.sdp });
        const answer = await pc.createAnswer();
        await pc.setLocalDescription(answer);
        send({ type: "answer", sdp: answer.sdp });
        break;
      case "candidate":
        if (pc && message.candidate && message.candidate.candidate) await pc.addIceCandidate(message.candidate);
        break;
      case "ended":
        report("hungUp", message.by);
        stop();
        break;
      case "error":
        report("failure", message.reason);
        break;
    }
  }

  function watchFrames() {
    const v = video();
    if (firstFrame || !v.requestVideoFrameCallback) return;
    v.requestVideoFrameCallback(function () {
      if (!firstFrame) { firstFrame = true; report("frame", String(performance.now())); }
    });
  }

  async function stats() {
    if (!pc) return;
    const out = { audioPackets: 0, framesDecoded: 0, frameWidth: 0, audioLevel: 0, state: pc.connectionState };
    (await pc.getStats()).forEach(function (s) {
      if (s.type === "inbound-rtp" && s.kind === "audio") { out.audioPackets = s.packetsReceived || 0; out.audioLevel = s.audioLevel || 0; }
      if (s.type === "inbound-rtp" && s.kind === "video") { out.framesDecoded = s.framesDecoded || 0; out.frameWidth = s.frameWidth || 0; }
    });
    report("stats", JSON.stringify(out));
  }

  function startRecording(remote) {
    // The caller's audio and video with the operator's voice mixed in: one file in the incident's media.
    const context = new AudioContext();
    const mixed = context.createMediaStreamDestination();
    context.createMediaStreamSource(remote).connect(mixed);
    if (local.getAudioTracks().length) context.createMediaStreamSource(local).connect(mixed);
    const tracks = remote.getVideoTracks().concat(mixed.stream.getAudioTracks());
    const type = remote.getVideoTracks().length ? "video/webm" : "audio/webm";
    recorder = new MediaRecorder(new MediaStream(tracks), MediaRecorder.isTypeSupported(type) ? { mimeType: type } : {});
    report("state", "recording-" + type.split("/")[0]);
    recorder.onerror = function (event) { report("failure", "recording: " + (event.error || event)); };
    recorder.ondataavailable = function (event) {
      if (!event.data || !event.data.size) return;
      const reader = new FileReader();
      reader.onload = function () {
        // "data:video/webm;codecs=vp8,opus;base64,…": the type itself may hold a comma
        const url = String(reader.result), at = url.indexOf(";base64,");
        if (at >= 0) report("recording", url.substring(at + 8));
      };
      reader.readAsDataURL(event.data);
    };
    recorder.onstop = function () { context.close(); setTimeout(function () { report("recordingEnd"); }, 200); };
    recorder.start(1000);
  }

  function stop() {
    if (statsTimer) { clearInterval(statsTimer); statsTimer = null; }
    if (recorder && recorder.state !== "inactive") recorder.stop();
    recorder = null;
    if (pc) { pc.close(); pc = null; }
    if (local) { local.getTracks().forEach(function (t) { t.stop(); }); local = null; }
    video().srcObject = null;
    document.getElementById("self").style.display = "none";
    if (ws) { ws.close(1000); ws = null; }
  }

  window.deskCall = {
    start: start,
    hangUp: function () { if (ws && ws.readyState === WebSocket.OPEN) { send({ type: "hangup" }); return true; } stop(); return false; },
    setMuted: function (muted) { if (local) local.getAudioTracks().forEach(function (t) { t.enabled = !muted; }); },
    snapshot: function () {
      const v = video();
      if (!v.videoWidth) return "";
      const canvas = document.createElement("canvas");
      canvas.width = v.videoWidth; canvas.height = v.videoHeight;
      canvas.getContext("2d").drawImage(v, 0, 0);
      return canvas.toDataURL("image/jpeg", 0.9);
    },
    stop: stop,
    note: note,
  };

  window.addEventListener("DOMContentLoaded", function () {
    new QWebChannel(qt.webChannelTransport, function (channel) {
      bridge = channel.objects.bridge;
      bridge.pageReady("");
    });
  });
})();
