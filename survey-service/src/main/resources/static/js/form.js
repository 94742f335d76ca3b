/*
 * Progressive enhancement of the reader's form. The form works without this file; with it:
 * - questions asked only after some answers show and hide as the reader answers (their answers are cleared when
 *   hidden, and a screen reader hears that a question appeared);
 * - a progress line says how many required questions are answered;
 * - unsent answers, with the response id, are kept on the device and restored when the page is opened again, so
 *   sending after a lost connection reuses the id and is counted once; they are removed after a successful send;
 * - a large-text toggle button, the error summary focused, a characters-left counter.
 * Contact details (fields named contact.*) are never kept on the device: they are personal, and a reader on a shared
 * computer must not leave them behind.
 * Plain browser JavaScript: no framework, no build, no inline script (the CSP forbids it).
 */
(function () {
  'use strict';

  var root = document.documentElement;
  var TECHNICAL = ['lang', 'responseId', 'started', 'surveyVersion', 'channel', 'linkBranch', 'invitation',
    'website', '_csrf'];
  var PRIVATE = 'contact.';

  root.classList.add('js');

  function storage() {
    try {
      var probe = '__fikr__';
      window.localStorage.setItem(probe, probe);
      window.localStorage.removeItem(probe);
      return window.localStorage;
    } catch (e) {
      return null;
    }
  }

  function clearStored(prefix) {
    var store = storage();
    if (!store) {
      return;
    }
    var doomed = [];
    for (var i = 0; i < store.length; i++) {
      var key = store.key(i);
      if (key && key.indexOf(prefix) === 0) {
        doomed.push(key);
      }
    }
    doomed.forEach(function (key) { store.removeItem(key); });
  }

  function format(template, values) {
    var numbers = window.Intl ? new Intl.NumberFormat(root.lang || undefined) : null;
    return template.replace(/\{(\d)\}/g, function (match, index) {
      var value = values[Number(index)];
      return typeof value === 'number' && numbers ? numbers.format(value) : String(value);
    });
  }

  /* Large text: the no-JS link becomes a toggle button; a cookie remembers the choice for the next pages. */
  function textSize() {
    var link = document.getElementById('text-size');
    if (!link) {
      return;
    }
    var button = document.createElement('button');
    button.type = 'button';
    button.id = 'text-size';
    button.className = 'text-size';
    button.textContent = link.getAttribute('data-label-large');
    function show() {
      button.setAttribute('aria-pressed', String(root.classList.contains('large-text')));
    }
    button.addEventListener('click', function () {
      var large = root.classList.toggle('large-text');
      document.cookie = 'fikr_text=' + (large ? 'large' : 'normal') + '; path=/; max-age=31536000; SameSite=Lax'
        + (window.location.protocol === 'https:' ? '; Secure' : '');
      show();
    });
    show();
    link.parentNode.replaceChild(button, link);
  }

  function focusMessage() {
    var message = document.getElementById('error-summary') || document.getElementById('notice');
    if (message) {
      message.focus();
    }
    if (!document.getElementById('error-summary')) {
      return;
    }
    document.getElementById('error-summary').addEventListener('click', function (event) {
      var link = event.target.closest('a[href^="#"]');
      var target = link && document.getElementById(decodeURIComponent(link.getAttribute('href').slice(1)));
      if (!target) {
        return;
      }
      event.preventDefault();
      var closed = target.closest('details:not([open])');
      if (closed) {
        closed.open = true;
      }
      var question = target.closest('fieldset, .question') || target;
      question.scrollIntoView();
      target.focus({ preventScroll: true });
    });
  }

  function SurveyForm(form) {
    this.form = form;
    this.prefix = form.getAttribute('data-storage') + ':' + form.getAttribute('data-survey-id') + ':';
    this.remember = form.getAttribute('data-remember') === 'true';
    this.progressText = '';
    this.announcer = document.createElement('p');
    this.announcer.className = 'visually-hidden';
    this.announcer.setAttribute('aria-live', 'polite');
    form.appendChild(this.announcer);
  }

  SurveyForm.prototype.fields = function () {
    return Array.prototype.filter.call(this.form.elements, function (field) {
      return field.name && TECHNICAL.indexOf(field.name) < 0 && field.name.indexOf(PRIVATE) !== 0;
    });
  };

  SurveyForm.prototype.answers = function (questionId) {
    return Array.prototype.filter.call(this.form.elements, function (field) {
      return field.name === 'a.' + questionId;
    }).filter(function (field) {
      return field.type === 'radio' || field.type === 'checkbox' ? field.checked : field.value !== '';
    }).map(function (field) { return field.value; });
  };

  SurveyForm.prototype.shows = function (question) {
    var earlier = document.getElementById('q-' + question.getAttribute('data-show-if'));
    if (!earlier || earlier.closest('[hidden]')) {
      return false;
    }
    var given = this.answers(question.getAttribute('data-show-if'));
    var anyOf = (question.getAttribute('data-show-any-of') || '').split(' ').filter(Boolean);
    if (anyOf.length) {
      return given.some(function (value) { return anyOf.indexOf(value) >= 0; });
    }
    var atLeast = question.getAttribute('data-show-at-least');
    var atMost = question.getAttribute('data-show-at-most');
    var number = given.length ? Number(given[0]) : NaN;
    return (atLeast !== null || atMost !== null) && !isNaN(number)
      && (atLeast === null || number >= Number(atLeast)) && (atMost === null || number <= Number(atMost));
  };

  /* In page order, so a question shown only after a hidden one is hidden too. */
  SurveyForm.prototype.skipLogic = function (announce) {
    var self = this;
    this.form.querySelectorAll('[data-show-if]').forEach(function (question) {
      var visible = self.shows(question);
      if (visible === !question.hidden) {
        return;
      }
      question.hidden = !visible;
      if (visible) {
        question.removeAttribute('aria-hidden');
      } else {
        question.setAttribute('aria-hidden', 'true');
      }
      if (!visible) {
        question.querySelectorAll('input, select, textarea').forEach(function (field) {
          if (field.type === 'radio' || field.type === 'checkbox') {
            field.checked = false;
          } else {
            field.value = '';
          }
        });
      } else if (announce) {
        var text = question.querySelector('.question-text');
        self.announcer.textContent = format(self.form.getAttribute('data-shown'),
          [text ? text.textContent.replace(/\s+/g, ' ').trim() : '']);
      }
    });
  };

  SurveyForm.prototype.answered = function (question) {
    var rows = question.querySelectorAll('.matrix-row');
    if (rows.length) {
      return Array.prototype.every.call(rows, function (row) { return !!row.querySelector('input:checked'); });
    }
    if (question.classList.contains('quality')) {
      var selects = question.querySelectorAll('select');
      return !!question.querySelector('input[data-not-applicable]:checked')
        || Array.prototype.every.call(selects, function (select) { return select.value !== ''; });
    }
    return !!question.querySelector('input:checked')
      || Array.prototype.some.call(question.querySelectorAll('textarea, select, input[type="text"]'),
        function (field) { return field.value.trim() !== ''; });
  };

  SurveyForm.prototype.progress = function () {
    var line = document.getElementById('progress');
    var self = this;
    var required = Array.prototype.filter.call(this.form.querySelectorAll('.question[data-required="true"]'),
      function (question) { return !question.hidden; });
    if (!line || !required.length) {
      return;
    }
    var answered = required.filter(function (question) { return self.answered(question); }).length;
    var text = format(this.form.getAttribute('data-progress'), [answered, required.length]);
    if (text !== this.progressText) {
      this.progressText = text;
      line.textContent = text;
      line.hidden = false;
    }
  };

  SurveyForm.prototype.charactersLeft = function () {
    var template = this.form.getAttribute('data-chars-left');
    this.form.querySelectorAll('textarea[maxlength]').forEach(function (area) {
      var counter = document.getElementById('n-' + area.id.slice(2));
      if (!counter) {
        return;
      }
      counter.hidden = false;
      counter.textContent = format(template, [Math.max(0, area.maxLength - area.value.length)]);
      var described = (area.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
      if (described.indexOf(counter.id) < 0) {
        described.push(counter.id);
        area.setAttribute('aria-describedby', described.join(' '));
      }
    });
  };

  SurveyForm.prototype.save = function () {
    var store = this.remember && storage();
    if (!store) {
      return;
    }
    var responseId = this.form.elements.responseId.value;
    var values = [];
    this.fields().forEach(function (field) {
      if ((field.type === 'radio' || field.type === 'checkbox') ? field.checked : field.value !== '') {
        values.push([field.name, field.value]);
      }
    });
    store.setItem(this.prefix + responseId, JSON.stringify({
      responseId: responseId, started: this.form.elements.started.value, values: values
    }));
    store.setItem(this.prefix + 'current', responseId);
  };

  /* Only into a new form: a form the server sent back already holds what the reader sent. */
  SurveyForm.prototype.restore = function () {
    var store = this.remember && storage();
    if (!store || this.form.getAttribute('data-fresh') !== 'true') {
      return;
    }
    var saved;
    try {
      saved = JSON.parse(store.getItem(this.prefix + store.getItem(this.prefix + 'current')) || 'null');
    } catch (e) {
      saved = null;
    }
    if (!saved || !saved.responseId || !saved.started) {
      return;
    }
    this.form.elements.responseId.value = saved.responseId;
    this.form.elements.started.value = saved.started;
    var chosen = {};
    saved.values.forEach(function (pair) {
      (chosen[pair[0]] = chosen[pair[0]] || []).push(pair[1]);
    });
    this.fields().forEach(function (field) {
      var values = chosen[field.name] || [];
      if (field.type === 'radio' || field.type === 'checkbox') {
        field.checked = values.indexOf(field.value) >= 0;
      } else if (field.type !== 'hidden') {
        field.value = values.length ? values[0] : '';
      }
    });
  };

  /* Writing an "other" answer chooses "other"; "cannot judge" and the three numbers exclude each other. */
  SurveyForm.prototype.link = function (field) {
    if (field.hasAttribute('data-other-for') && field.value.trim() !== '') {
      var other = document.getElementById('f-' + field.getAttribute('data-other-for') + '-other');
      if (other) {
        other.checked = true;
      }
    }
    var quality = field.closest('.quality');
    if (!quality) {
      return;
    }
    if (field.hasAttribute('data-not-applicable') && field.checked) {
      quality.querySelectorAll('select').forEach(function (select) { select.value = ''; });
    } else if (field.tagName === 'SELECT' && field.value !== '') {
      var na = quality.querySelector('input[data-not-applicable]');
      if (na) {
        na.checked = false;
      }
    }
  };

  SurveyForm.prototype.start = function () {
    var self = this;
    if (this.form.getAttribute('data-clear') === 'true' || !this.remember) {
      clearStored(this.prefix);
    }
    this.restore();
    this.skipLogic(false);
    this.progress();
    this.charactersLeft();
    this.save();
    var changed = function (event) {
      self.link(event.target);
      self.skipLogic(true);
      self.progress();
      self.charactersLeft();
      self.save();
    };
    this.form.addEventListener('change', changed);
    this.form.addEventListener('input', changed);
  };

  textSize();
  var cleared = document.body.getAttribute('data-clear-survey');
  if (cleared) {
    clearStored('fikr:' + cleared + ':');
  }
  var form = document.getElementById('survey-form');
  if (form) {
    new SurveyForm(form).start();
  }
  focusMessage();
}());
