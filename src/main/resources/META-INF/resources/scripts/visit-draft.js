/*
 * AP Assure: the browser copy of a visit draft (docs/visits.md). A plain script, no build.
 *
 * The visit form autosaves on the server. This script also keeps every typed value in
 * localStorage, so that what was typed while the connection was down survives a reload, a closed
 * tab or a crash. When the page loads and whenever the browser comes back online, it sends the
 * copy to the server (the view's @ClientCallable "restore"); the server answers with the values
 * it has saved, and only those fields are dropped from the copy. Fields are marked in the form
 * with data-draft (their name) and data-draft-kind ("text", "check" or "radio").
 *
 * With the copy goes the version of the server's draft it was typed over ("<key>@version"). When
 * the server has a newer save than that, the view asks which to keep instead of restoring the copy
 * over it. Every copy is removed at sign-out (base.ui.MainLayout).
 */
(function () {
  'use strict';
  if (window.apVisitDraft) {
    return;
  }
  var PREFIX = 'apassure.visit-draft.';
  /** The server version each open form last showed or saved, by key. */
  var current = {};

  function load(key) {
    try {
      return JSON.parse(window.localStorage.getItem(PREFIX + key)) || {};
    } catch (e) {
      return {};
    }
  }

  function baseOf(key) {
    return window.localStorage.getItem(PREFIX + key + '@version');
  }

  function store(key, fields) {
    if (Object.keys(fields).length === 0) {
      window.localStorage.removeItem(PREFIX + key);
      window.localStorage.removeItem(PREFIX + key + '@version');
    } else {
      if (baseOf(key) === null && current[key] !== undefined) {
        window.localStorage.setItem(PREFIX + key + '@version', String(current[key]));
      }
      window.localStorage.setItem(PREFIX + key, JSON.stringify(fields));
    }
  }

  function read(field) {
    var kind = field.getAttribute('data-draft-kind');
    if (kind === 'check') {
      return field.checked ? 'true' : 'false';
    }
    if (kind === 'radio') {
      var chosen = field.querySelector('vaadin-radio-button[checked]');
      return chosen ? chosen.textContent.trim() : '';
    }
    return field.value == null ? '' : String(field.value);
  }

  function showState(root, text) {
    var state = root.querySelector('[data-save-state]');
    if (state) {
      state.textContent = text;
    }
  }

  /** The marked field an input or change event came from (the path is only known while it is dispatched). */
  function fieldOf(root, event) {
    var target = event.composedPath ? event.composedPath()[0] : event.target;
    var field = target && target.closest ? target.closest('[data-draft]') : null;
    return field && root.contains(field) ? field : null;
  }

  function remember(root, key, field) {
    var fields = load(key);
    fields[field.getAttribute('data-draft')] = read(field);
    store(key, fields);
    if (!navigator.onLine) {
      showState(root, 'Offline \u2014 will send');
    }
  }

  window.apVisitDraft = {
    /**
     * Starts keeping a copy of the form inside root, stored under key, over the server's draft
     * at version; sends any copy left from before.
     */
    watch: function (root, key, version) {
      if (root.__apVisitDraft === key) {
        return;
      }
      root.__apVisitDraft = key;
      current[key] = version;
      var later = function (event) {
        var field = fieldOf(root, event);
        if (field) {
          // a radio group marks its choice a moment after the change event
          setTimeout(function () { remember(root, key, field); }, 0);
        }
      };
      root.addEventListener('input', later, true);
      root.addEventListener('change', later, true);
      window.addEventListener('offline', function () { showState(root, 'Offline \u2014 will send'); });
      window.addEventListener('online', function () { window.apVisitDraft.send(root, key); });
      if (navigator.onLine) {
        window.apVisitDraft.send(root, key);
      } else {
        showState(root, 'Offline \u2014 will send');
      }
    },

    /** Sends the stored copy, if any, to the server; resolves when the server has answered. */
    send: function (root, key) {
      var fields = load(key);
      if (Object.keys(fields).length === 0 || !root.$server) {
        return Promise.resolve(false);
      }
      showState(root, 'Back online \u2014 sending\u2026');
      return root.$server.restore(JSON.stringify(fields), baseOf(key)).then(function (saved) {
        window.apVisitDraft.saved(key, saved);
        return true;
      });
    },

    /**
     * The server saved these values (as version, when given): drop them from the copy unless typed
     * over since; what is left was typed over this save.
     */
    saved: function (key, savedJson, version) {
      var saved = JSON.parse(savedJson || '{}');
      var fields = load(key);
      if (version !== undefined && version !== null) {
        current[key] = version;
        window.localStorage.removeItem(PREFIX + key + '@version');
      }
      Object.keys(saved).forEach(function (name) {
        if (fields[name] === saved[name]) {
          delete fields[name];
        }
      });
      store(key, fields);
    },

    /** Drops the copy (the user chose the server's save). */
    discard: function (key) {
      store(key, {});
    },

    /** What is waiting to be sent (for the page and for tests). */
    pending: function (key) {
      return load(key);
    }
  };
})();
