// The observation outbox: the form is sent to the JSON API with an Idempotency-Key that is made
// once per observation. The unsent observation and its key stay in localStorage until the server
// answers, so a dropped connection or a reload loses nothing and a resend stores nothing twice.
//
// The status line shows the state of the outbox, not just what this page saw: localStorage is
// shared by every page of the site, and the page that gets the server's answer is often not the one
// the user looks at (an earlier page that came back online while the form was reloaded, another
// tab). The status line used to be written only by the page that got the answer, so the reloaded
// form said nothing at all. Now the last confirmation is kept too, and every page follows changes
// to the outbox through "storage" events.
(function () {
  "use strict";
  var STORE = "klara.observation-outbox";
  var CONFIRMED = "klara.observation-outbox.confirmed";
  // How long after the server confirmed the last observation a newly opened form still says so.
  var RECENT_MS = 10 * 60 * 1000;
  // A request that has had no answer by then is given up and tried again later.
  var TIMEOUT_MS = 30 * 1000;
  var form = document.getElementById("observation-form");
  var status = document.getElementById("outbox-status");
  if (!form || !status) {
    return;
  }
  var api = form.getAttribute("data-api");
  var sending = false;

  function load() {
    try {
      return JSON.parse(localStorage.getItem(STORE) || "[]");
    } catch (e) {
      return [];
    }
  }
  function save(items) {
    localStorage.setItem(STORE, JSON.stringify(items));
  }
  function show(kind) {
    status.className = "outbox-status " + kind;
    status.textContent = status.getAttribute("data-" + kind) || "";
  }
  function confirmed(key) {
    localStorage.setItem(CONFIRMED, JSON.stringify({ key: key, at: Date.now() }));
  }
  function recentlyConfirmed() {
    try {
      var last = JSON.parse(localStorage.getItem(CONFIRMED) || "null");
      return last !== null && Date.now() - last.at < RECENT_MS;
    } catch (e) {
      return false;
    }
  }
  // What waits is shown as waiting; otherwise a recent confirmation as saved.
  function showState() {
    if (load().length > 0) {
      show("waiting");
    } else if (recentlyConfirmed()) {
      show("saved");
    }
  }
  // crypto.randomUUID exists only in secure contexts (https, localhost); Klara served over plain
  // http on a local network would otherwise throw here and leave the status line blank.
  function newKey() {
    if (window.crypto && typeof crypto.randomUUID === "function") {
      return crypto.randomUUID();
    }
    var bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    return Array.prototype.map
      .call(bytes, function (b) { return (b + 0x100).toString(16).substring(1); })
      .join("");
  }
  function csrf() {
    var header = document.querySelector('meta[name="csrf-header"]');
    var token = document.querySelector('meta[name="csrf-token"]');
    var headers = { "Content-Type": "application/json", Accept: "application/json" };
    if (header && token) {
      headers[header.content] = token.content;
    }
    return headers;
  }
  function number(name) {
    var input = form.elements[name];
    return input && input.value !== "" ? Number(input.value) : null;
  }
  // The form shows Swedish local time (the offset comes from the server), whatever the phone's zone.
  function iso(value) {
    if (!value) {
      return null;
    }
    var offset = form.getAttribute("data-offset") || "Z";
    return (value.length === 16 ? value + ":00" : value) + (offset === "Z" ? "Z" : offset);
  }
  function payload() {
    var counts = {};
    form.querySelectorAll("input.count").forEach(function (input) {
      if (input.value !== "") {
        var g = input.getAttribute("data-gender");
        counts[g] = counts[g] || {};
        counts[g][input.getAttribute("data-band")] = Number(input.value);
      }
    });
    var checked = function (name) {
      var el = form.querySelector('input[name="' + name + '"]:checked');
      return el ? el.value : null;
    };
    return {
      place: form.elements.place.value || null,
      from: iso(form.elements.from.value),
      to: iso(form.elements.to.value),
      phenomena: Array.prototype.map.call(
        form.querySelectorAll('input[name="phenomena"]:checked'),
        function (el) { return el.value; }),
      intensity: checked("intensity"),
      estimatedCount: number("estimatedCount"),
      counts: counts,
      origins: filledOriginRows().map(function (row) {
        var count = row.querySelector('input[type="number"]').value;
        return {
          origin: row.querySelector('input[type="text"]').value.trim(),
          count: count === "" ? null : Number(count)
        };
      }),
      newFaces: checked("newFaces") || "UNKNOWN",
      note: form.elements.note.value || null,
      noteConfirmed: form.elements.noteConfirmed.checked
    };
  }
  // The origin rows with something typed in them: what is sent, so origins[i] in an answer is the
  // i-th of these.
  function filledOriginRows() {
    return Array.prototype.filter.call(form.querySelectorAll(".origin-row"), function (row) {
      return Array.prototype.some.call(row.querySelectorAll("input"), function (input) {
        return input.value.trim() !== "";
      });
    });
  }
  function errorTarget(field) {
    var row = /^origins\[(\d+)\]/.exec(field);
    if (row) {
      var filled = filledOriginRows()[Number(row[1])];
      var own = filled ? filled.querySelector(".field-error") : null;
      return own || form.querySelector('.field-error[data-field="origins"]');
    }
    return form.querySelector('.field-error[data-field="' + field + '"]');
  }
  function clearErrors() {
    form.querySelectorAll(".field-error").forEach(function (p) { p.textContent = ""; });
  }
  function showErrors(problem) {
    clearErrors();
    (problem.errors || []).forEach(function (error) {
      var field = error.field.indexOf("counts") === 0 ? "counts" : error.field;
      var target = errorTarget(field);
      if (target) {
        target.textContent = (target.textContent ? target.textContent + " " : "") + error.message;
      }
      if (error.code === "observation.error.note.confirm") {
        form.querySelector(".confirm").hidden = false;
      }
    });
  }
  function remove(key) {
    save(load().filter(function (item) { return item.key !== key; }));
  }

  // Sends every waiting observation, oldest first; stops at the first network failure.
  function flush() {
    if (sending) {
      return Promise.resolve();
    }
    var items = load();
    if (items.length === 0) {
      return Promise.resolve();
    }
    sending = true;
    var item = items[0];
    var abort = typeof AbortController === "function" ? new AbortController() : null;
    var timer = abort ? setTimeout(function () { abort.abort(); }, TIMEOUT_MS) : null;
    return fetch(item.api, {
      method: "POST",
      credentials: "same-origin",
      headers: Object.assign(csrf(), { "Idempotency-Key": item.key }),
      body: JSON.stringify(item.body),
      signal: abort ? abort.signal : undefined
    }).then(function (response) {
      sending = false;
      clearTimeout(timer);
      if (response.ok) {
        confirmed(item.key);
        remove(item.key);
        show("saved");
        form.reset();
        clearErrors();
        return flush();
      }
      if (response.status === 400 || response.status === 422 || response.status === 404) {
        // Refused: nothing was stored. The form keeps the content to correct; a new key is made
        // for the corrected observation. 422 means a key was reused: a bug, never retried.
        remove(item.key);
        show("refused");
        return response.json().then(showErrors, function () {});
      }
      if (response.status === 401 || response.status === 403) {
        show("signin");
        return;
      }
      show("waiting"); // 409 (in progress) and 5xx: try again later
      return;
    }, function () {
      sending = false;
      clearTimeout(timer);
      show("waiting");
    });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var items = load();
    items.push({ key: newKey(), api: api, body: payload() });
    save(items);
    show("waiting");
    flush();
  });
  window.addEventListener("online", flush);
  // Another page of the site sent or queued an observation.
  window.addEventListener("storage", function (event) {
    if (event.key === STORE || event.key === CONFIRMED) {
      showState();
    }
  });
  setInterval(flush, 15000);
  showState();
  flush();

  // "Near me": preselects the nearest place when the browser may tell the position.
  var place = form.elements.place;
  if (navigator.geolocation && place && place.value === "" && window.isSecureContext) {
    navigator.geolocation.getCurrentPosition(function (pos) {
      var best = null;
      var bestDistance = Infinity;
      Array.prototype.forEach.call(place.options, function (option) {
        var lat = parseFloat(option.getAttribute("data-lat"));
        var lon = parseFloat(option.getAttribute("data-lon"));
        if (!isNaN(lat) && !isNaN(lon)) {
          var d = Math.pow(lat - pos.coords.latitude, 2) +
            Math.pow((lon - pos.coords.longitude) * Math.cos(lat * Math.PI / 180), 2);
          if (d < bestDistance) {
            bestDistance = d;
            best = option;
          }
        }
      });
      if (best && place.value === "") {
        place.value = best.value;
      }
    }, function () {}, { timeout: 5000, maximumAge: 60000 });
  }
})();
