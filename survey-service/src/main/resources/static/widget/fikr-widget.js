/*
 * Fikr feedback widget: a "Give feedback" button that opens a one-question survey in a dialog.
 *
 * Paste into any page of the library's website:
 *
 *   <script src="https://<fikr>/widget/fikr-widget.js" data-survey="quick-satisfaction"
 *           data-question="satisfaction" data-comment="comment" data-branch="central" data-lang="uz" defer></script>
 *
 *   data-survey    the survey's id (required)
 *   data-question  the id of its 1-5 rating question (default: satisfaction)
 *   data-comment   the id of its free-text question; no comment box when absent
 *   data-branch    the branch code the answers are counted for; none when absent
 *   data-lang      uz, uz-Cyrl, ru or en (default: the page's <html lang>, else uz)
 *
 * The widget reads the survey's texts from the service the script came from and sends the answer there, with
 * channel "widget". It lives in a shadow root with a constructed stylesheet, so the page's styles do not leak in
 * and the page's Content-Security-Policy needs no 'unsafe-inline'; it needs connect-src for the Fikr address.
 */
(() => {
  'use strict';

  const script = document.currentScript;
  if (!script || !script.dataset.survey) {
    console.warn('Fikr widget: add data-survey="<survey id>" to the <script> tag that loads fikr-widget.js');
    return;
  }

  const TEXTS = {
    'uz-Latn': {
      open: 'Fikr bildirish',
      close: 'Yopish',
      send: 'Yuborish',
      sending: 'Yuborilmoqda…',
      loading: 'Yuklanmoqda…',
      comment: 'Izoh (ixtiyoriy)',
      thanks: 'Rahmat! Fikringiz qabul qilindi.',
      failed: 'Yuborib boʻlmadi. Birozdan soʻng qayta urinib koʻring.',
      unavailable: 'Soʻrovnomani ochib boʻlmadi. Keyinroq urinib koʻring.',
      choose: 'Bahoni tanlang.',
    },
    'uz-Cyrl': {
      open: 'Фикр билдириш',
      close: 'Ёпиш',
      send: 'Юбориш',
      sending: 'Юборилмоқда…',
      loading: 'Юкланмоқда…',
      comment: 'Изоҳ (ихтиёрий)',
      thanks: 'Раҳмат! Фикрингиз қабул қилинди.',
      failed: 'Юбориб бўлмади. Бироздан сўнг қайта уриниб кўринг.',
      unavailable: 'Сўровномани очиб бўлмади. Кейинроқ уриниб кўринг.',
      choose: 'Баҳони танланг.',
    },
    ru: {
      open: 'Оставить отзыв',
      close: 'Закрыть',
      send: 'Отправить',
      sending: 'Отправляем…',
      loading: 'Загрузка…',
      comment: 'Комментарий (необязательно)',
      thanks: 'Спасибо! Ваш отзыв принят.',
      failed: 'Не удалось отправить. Попробуйте ещё раз чуть позже.',
      unavailable: 'Не удалось открыть опрос. Попробуйте позже.',
      choose: 'Выберите оценку.',
    },
    en: {
      open: 'Give feedback',
      close: 'Close',
      send: 'Send',
      sending: 'Sending…',
      loading: 'Loading…',
      comment: 'Comment (optional)',
      thanks: 'Thank you! Your feedback has been received.',
      failed: 'Your answer could not be sent. Please try again in a moment.',
      unavailable: 'The survey could not be opened. Please try again later.',
      choose: 'Please choose a rating.',
    },
  };

  const STYLES = `
    :host { all: initial; }
    * { box-sizing: border-box; font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; }
    .launcher {
      position: fixed; right: 1rem; bottom: 1rem; z-index: 2147483000;
      padding: 0.75rem 1.1rem; border: 0; border-radius: 999px;
      background: #1d4ed8; color: #fff; font-size: 1rem; font-weight: 600; cursor: pointer;
      box-shadow: 0 4px 14px rgb(0 0 0 / 0.25);
    }
    .launcher:hover { background: #1e40af; }
    button:focus-visible, textarea:focus-visible, input:focus-visible + span {
      outline: 3px solid #f59e0b; outline-offset: 2px;
    }
    dialog {
      width: min(28rem, calc(100vw - 2rem)); padding: 1.25rem; border: 0; border-radius: 0.75rem;
      color: #111827; background: #fff; font-size: 1rem; line-height: 1.45;
      box-shadow: 0 10px 40px rgb(0 0 0 / 0.35);
    }
    dialog::backdrop { background: rgb(17 24 39 / 0.45); }
    h2 { margin: 0 2rem 1rem 0; font-size: 1.2rem; }
    fieldset { margin: 0 0 1rem; padding: 0; border: 0; }
    legend { margin-bottom: 0.6rem; padding: 0; font-weight: 600; }
    .scale { display: flex; gap: 0.4rem; }
    .scale label { flex: 1; position: relative; }
    .scale input { position: absolute; opacity: 0; width: 1px; height: 1px; }
    .scale span {
      display: block; padding: 0.6rem 0; border: 2px solid #9ca3af; border-radius: 0.5rem;
      text-align: center; font-weight: 600; cursor: pointer;
    }
    .scale input:checked + span { border-color: #1d4ed8; background: #1d4ed8; color: #fff; }
    .ends { display: flex; justify-content: space-between; margin-top: 0.3rem; font-size: 0.85rem; color: #4b5563; }
    .comment { display: block; margin-bottom: 0.3rem; font-weight: 600; }
    textarea {
      display: block; width: 100%; min-height: 5rem; margin-bottom: 1rem; padding: 0.5rem;
      border: 2px solid #9ca3af; border-radius: 0.5rem; font-size: 1rem; resize: vertical;
    }
    .status { min-height: 1.5rem; margin: 0 0 0.75rem; }
    .status.error { color: #b91c1c; }
    .actions { display: flex; gap: 0.5rem; justify-content: flex-end; }
    .actions button, .dismiss {
      padding: 0.55rem 1rem; border: 2px solid #1d4ed8; border-radius: 0.5rem; font-size: 1rem; cursor: pointer;
    }
    .send { background: #1d4ed8; color: #fff; }
    .send[disabled] { opacity: 0.6; cursor: progress; }
    .dismiss { background: #fff; color: #1d4ed8; }
    .x {
      position: absolute; top: 0.6rem; right: 0.6rem; width: 2.2rem; height: 2.2rem;
      border: 0; border-radius: 50%; background: transparent; color: #374151; font-size: 1.4rem; cursor: pointer;
    }
  `;

  const config = {
    origin: new URL(script.src, document.baseURI).origin,
    survey: script.dataset.survey,
    question: script.dataset.question || 'satisfaction',
    comment: script.dataset.comment || '',
    branch: script.dataset.branch || '',
    language: languageOf(script.dataset.lang || document.documentElement.lang),
  };
  const texts = TEXTS[config.language];
  const MAX_RETRY_WAIT_MS = 30000;

  /** uz, uz-Latn -> uz-Latn; uz-Cyrl -> uz-Cyrl; ru*, en* -> ru, en; anything else -> uz-Latn. */
  function languageOf(lang) {
    const tag = (lang || '').toLowerCase();
    if (tag.startsWith('uz-cyrl')) return 'uz-Cyrl';
    if (tag.startsWith('ru')) return 'ru';
    if (tag.startsWith('en')) return 'en';
    return 'uz-Latn';
  }

  /** A survey text in the widget's language, falling back to Uzbek (Latin). */
  function localized(map, fallback = '') {
    return (map && (map[config.language] || map['uz-Latn'])) || fallback;
  }

  function element(tag, properties = {}, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(properties)) {
      if (name === 'text') node.textContent = value;
      else if (name in node && !name.includes('-')) node[name] = value;
      else node.setAttribute(name, value);
    }
    node.append(...children);
    return node;
  }

  function newResponseId() {
    if (crypto.randomUUID) return crypto.randomUUID();
    // pages served over plain http have no randomUUID; a version 4 UUID from the same generator
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }

  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

  /** Retry-After in seconds or as an HTTP date, as milliseconds between 0 and 30 s. */
  function retryAfterMs(header) {
    if (!header) return 1000;
    const seconds = Number(header);
    const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - Date.now();
    return Math.min(Math.max(Number.isFinite(ms) ? ms : 1000, 0), MAX_RETRY_WAIT_MS);
  }

  /**
   * The message a problem+json answer carries, or null. When the survey wants answers the widget does not ask,
   * the site's developer learns it from the console.
   */
  async function problemMessage(response, answers) {
    try {
      const problem = await response.json();
      const unasked = (problem.errors || []).map((error) => error.field)
        .filter((field) => field.startsWith('answers.') && !(field.slice('answers.'.length) in answers));
      if (unasked.length) {
        console.warn(`Fikr widget: survey ${config.survey} also requires ${unasked.join(', ')}, which the widget `
          + 'does not ask; embed a survey whose only required question is data-question.');
      }
      return problem.detail || problem.title || null;
    } catch {
      return null;
    }
  }

  let survey = null;

  async function loadSurvey() {
    if (survey) return survey;
    const response = await fetch(`${config.origin}/api/v1/surveys/${encodeURIComponent(config.survey)}`, {
      headers: { Accept: 'application/json' },
      credentials: 'omit',
    });
    if (!response.ok) throw new Error(`survey ${config.survey}: HTTP ${response.status}`);
    survey = await response.json();
    return survey;
  }

  /** POSTs once, and once more after Retry-After when the service answers 503. */
  async function send(body) {
    const post = () => fetch(`${config.origin}/api/v1/responses`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(body),
      credentials: 'omit',
    });
    const response = await post();
    if (response.status !== 503) return response;
    await sleep(retryAfterMs(response.headers.get('Retry-After')));
    return post();
  }

  // --- the button and the dialog -------------------------------------------------------------------------------

  const host = element('div', { 'data-fikr-widget': '' });
  const root = host.attachShadow({ mode: 'open' });
  if ('adoptedStyleSheets' in Document.prototype) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLES);
    root.adoptedStyleSheets = [sheet];
  }

  const launcher = element('button', { type: 'button', className: 'launcher', 'aria-haspopup': 'dialog',
    text: texts.open });
  const heading = element('h2', { id: 'fikr-widget-title', text: texts.open });
  const status = element('p', { className: 'status', role: 'status', 'aria-live': 'polite' });
  const content = element('div');
  const closeX = element('button', { type: 'button', className: 'x', 'aria-label': texts.close, text: '×' });
  const dialog = element('dialog', { 'aria-labelledby': 'fikr-widget-title' }, closeX, heading, content, status);
  root.append(launcher, dialog);

  let responseId = null;

  function setStatus(message, isError = false) {
    status.textContent = message;
    status.classList.toggle('error', isError);
  }

  function ratingFieldset(question) {
    const min = question.min ?? 1;
    const max = question.max ?? 5;
    const scale = element('div', { className: 'scale' });
    for (let value = min; value <= max; value++) {
      const label = localized(question.labels && question.labels[String(value)]);
      const input = element('input', { type: 'radio', name: 'rating', value: String(value), required: true });
      if (label) input.setAttribute('aria-label', `${value} – ${label}`);
      scale.append(element('label', {}, input, element('span', { text: String(value) })));
    }
    const fieldset = element('fieldset', {}, element('legend', { text: localized(question.text, question.id) }),
      scale);
    const low = localized(question.labels && question.labels[String(min)]);
    const high = localized(question.labels && question.labels[String(max)]);
    if (low || high) {
      fieldset.append(element('div', { className: 'ends', 'aria-hidden': 'true' },
        element('span', { text: low }), element('span', { text: high })));
    }
    return fieldset;
  }

  function form(definition) {
    const questions = definition.questions || [];
    const rating = questions.find((q) => q.id === config.question) || { id: config.question };
    const comment = config.comment ? questions.find((q) => q.id === config.comment) || { id: config.comment } : null;
    const fields = [ratingFieldset(rating)];
    let textarea = null;
    if (comment) {
      textarea = element('textarea', { id: 'fikr-widget-comment', name: 'comment',
        maxLength: comment.maxLength || 2000 });
      fields.push(element('label', { className: 'comment', htmlFor: 'fikr-widget-comment',
        text: localized(comment.text, texts.comment) }), textarea);
    }
    const sendButton = element('button', { type: 'submit', className: 'send', text: texts.send });
    const cancel = element('button', { type: 'button', className: 'dismiss', text: texts.close });
    cancel.addEventListener('click', () => dialog.close());
    const formElement = element('form', { noValidate: true }, ...fields,
      element('div', { className: 'actions' }, cancel, sendButton));

    formElement.addEventListener('submit', async (event) => {
      event.preventDefault();
      const chosen = formElement.querySelector('input[name="rating"]:checked');
      if (!chosen) {
        setStatus(texts.choose, true);
        formElement.querySelector('input[name="rating"]').focus();
        return;
      }
      const answers = { [rating.id]: Number(chosen.value) };
      if (textarea && textarea.value.trim()) answers[comment.id] = textarea.value.trim();
      const body = { responseId, surveyId: definition.id, surveyVersion: definition.version, channel: 'widget',
        answers };
      if (config.branch) body.branch = config.branch;

      sendButton.disabled = true;
      setStatus(texts.sending);
      try {
        const response = await send(body);
        if (response.ok) {
          thank();
          return;
        }
        setStatus((await problemMessage(response, answers)) || texts.failed, true);
      } catch {
        setStatus(texts.failed, true);
      }
      sendButton.disabled = false;
    });
    return formElement;
  }

  function thank() {
    const done = element('button', { type: 'button', className: 'dismiss', text: texts.close });
    done.addEventListener('click', () => dialog.close());
    content.replaceChildren(element('div', { className: 'actions' }, done));
    setStatus(texts.thanks);
    done.focus();
  }

  async function open() {
    responseId = newResponseId();
    heading.textContent = texts.open;
    content.replaceChildren();
    setStatus(texts.loading);
    dialog.showModal();
    closeX.focus();
    try {
      const definition = await loadSurvey();
      heading.textContent = localized(definition.title, texts.open);
      content.replaceChildren(form(definition));
      setStatus('');
      content.querySelector('input[name="rating"]').focus();
    } catch (error) {
      console.warn('Fikr widget:', error);
      setStatus(texts.unavailable, true);
    }
  }

  launcher.addEventListener('click', open);
  closeX.addEventListener('click', () => dialog.close());
  // Esc closes a modal dialog by itself; either way the focus goes back to the button that opened it
  dialog.addEventListener('close', () => launcher.focus());

  if (document.body) {
    document.body.append(host);
  } else {
    document.addEventListener('DOMContentLoaded', () => document.body.append(host));
  }
})();
