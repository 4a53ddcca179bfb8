/*
 * AP Assure: a safeguarding concern raised with no signal (docs/visits.md). A plain script, no build;
 * it sits beside visit-draft.js (the browser copy of the rest of the visit) and shares nothing with it.
 *
 * The concern form (visit.ui.ConcernPanel) marks its text area with data-concern-text, its button with
 * data-concern-raise and its offline message with data-concern-offline. What is typed is kept in
 * localStorage under apassure.visit-concern.<visit id>. Pressing "Raise concern" while the browser is
 * offline keeps the concern as raised instead of sending the click (which the server could not
 * answer) and shows the offline message. When the connection returns, and whenever the page is
 * opened, a kept concern is sent to the panel's @ClientCallable raiseKept; the server's answer says
 * whether to drop the copy. A concern raised online is dropped by the server (raised()) once stored.
 */
(function () {
  'use strict';
  if (window.apVisitConcern) {
    return;
  }
  var PREFIX = 'apassure.visit-concern.';
  var roots = {};

  function load(key) {
    try {
      return JSON.parse(window.localStorage.getItem(PREFIX + key));
    } catch (e) {
      return null;
    }
  }

  function store(key, kept) {
    if (kept && kept.text) {
      window.localStorage.setItem(PREFIX + key, JSON.stringify(kept));
    } else {
      window.localStorage.removeItem(PREFIX + key);
    }
  }

  function field(root) {
    return root.querySelector('[data-concern-text]');
  }

  function typed(root) {
    var area = field(root);
    return area && area.value != null ? String(area.value).trim() : '';
  }

  function showOffline(root, key) {
    var message = root.querySelector('[data-concern-offline]');
    var kept = load(key);
    if (message) {
      message.hidden = navigator.onLine && !(kept && kept.raise);
    }
  }

  function send(key) {
    var root = roots[key];
    var kept = load(key);
    if (!root || !root.isConnected || !root.$server || !kept || !kept.raise || !navigator.onLine || root.__apSending) {
      return Promise.resolve(false);
    }
    root.__apSending = true;
    return root.$server.raiseKept(kept.text).then(function (answer) {
      root.__apSending = false;
      if (answer === 'raised' || answer === 'exists') {
        store(key, null);
      } else {
        store(key, { text: kept.text, raise: false });
        showOffline(root, key);
      }
      return answer;
    }, function () {
      root.__apSending = false;
      return false;
    });
  }

  window.addEventListener('online', function () {
    Object.keys(roots).forEach(function (key) {
      showOffline(roots[key], key);
      send(key);
    });
  });
  window.addEventListener('offline', function () {
    Object.keys(roots).forEach(function (key) { showOffline(roots[key], key); });
  });

  window.apVisitConcern = {
    /** Starts looking after the concern form inside root for visit key; sends a concern kept from before. */
    watch: function (root, key) {
      roots[key] = root;
      if (root.__apVisitConcern !== key) {
        root.__apVisitConcern = key;
        root.addEventListener('input', function (event) {
          var kept = load(key);
          if (!(kept && kept.raise) && field(root) && event.composedPath().indexOf(field(root)) >= 0) {
            store(key, { text: typed(root), raise: false });
          }
        }, true);
        // capture on the panel: runs before the button's own click listener, which talks to the server
        root.addEventListener('click', function (event) {
          var button = event.target && event.target.closest ? event.target.closest('[data-concern-raise]') : null;
          if (!button || navigator.onLine) {
            if (button && typed(root)) {
              store(key, { text: typed(root), raise: true });
            }
            return;
          }
          event.stopPropagation();
          event.preventDefault();
          if (typed(root)) {
            store(key, { text: typed(root), raise: true });
          }
          showOffline(root, key);
        }, true);
      }
      var kept = load(key);
      var area = field(root);
      if (kept && area && !typed(root)) {
        area.value = kept.text;
        // tell the server too, so that "Raise concern" pressed later sends this text
        area.dispatchEvent(new Event('change', { bubbles: true }));
        var details = root.querySelector('vaadin-details');
        if (details) {
          details.opened = true;
        }
      }
      showOffline(root, key);
      send(key);
    },

    /** The server stored the concern: nothing left to keep. */
    raised: function (key) {
      store(key, null);
    },

    /** What is kept for a visit (for the page and for tests). */
    kept: function (key) {
      return load(key);
    }
  };
})();
