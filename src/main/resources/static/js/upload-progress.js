/*
 * Uploads with a progress bar, for slow links: a form marked data-progress is sent in the background,
 * its <progress> element filling as the file goes up, then turns to "checking" while the server
 * validates every row; the page the server answers with (the redirect's target, with its report)
 * replaces this one. Without JavaScript the form posts as usual.
 */
(function () {
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form.hasAttribute || !form.hasAttribute('data-progress') || !window.FormData) {
      return;
    }
    event.preventDefault();
    var bar = form.querySelector('progress');
    var note = form.querySelector('.progress-note');
    var button = form.querySelector('button[type=submit]');
    if (button) { button.disabled = true; }
    if (bar) { bar.hidden = false; bar.value = 0; }
    var xhr = new XMLHttpRequest();
    xhr.open('POST', form.action);
    xhr.upload.onprogress = function (e) {
      if (bar && e.lengthComputable) { bar.max = e.total; bar.value = e.loaded; }
      if (note && e.lengthComputable) { note.textContent = Math.round(100 * e.loaded / e.total) + ' %'; }
    };
    xhr.upload.onload = function () {
      if (bar) { bar.removeAttribute('value'); }
      if (note) { note.textContent = form.getAttribute('data-progress'); }
    };
    xhr.onload = function () {
      document.open();
      document.write(xhr.responseText);
      document.close();
      if (xhr.responseURL) { history.replaceState(null, '', xhr.responseURL); }
    };
    xhr.onerror = function () {
      if (button) { button.disabled = false; }
      if (note) { note.textContent = form.getAttribute('data-failed') || ''; }
    };
    xhr.send(new FormData(form));
  });
})();
