// The "not translated yet" note under the translation editor follows the translator's work without a reload.
(function () {
  const panel = document.querySelector("[data-editorial-review]");
  const note = panel && panel.querySelector("[data-editorial-incomplete]");
  if (!note) return;
  let timer = null;
  function refresh() {
    fetch(panel.dataset.progressUrl, { credentials: "same-origin" })
      .then((response) => (response.ok ? response.json() : null))
      .then((progress) => { if (progress) note.hidden = progress.complete; })
      .catch(() => {});
  }
  // Segments are saved by the editor's own requests a moment after the translator acts.
  function later() { clearTimeout(timer); timer = setTimeout(refresh, 800); }
  document.addEventListener("click", later, true);
  document.addEventListener("keyup", later, true);
  document.addEventListener("change", later, true);
})();

// wagtail-localize 1.14.5 writes "Tiếng Việt to ភាសាខ្មែរ translation" in English, outside its catalogue;
// the page header above already names both languages, so that heading is hidden.
(function () {
  const editor = document.querySelector(".js-translation-editor");
  if (!editor) return;
  const english = / to .+ translation$/;
  function hide() {
    editor.querySelectorAll("section h3").forEach((heading) => {
      if (english.test(heading.textContent.trim())) heading.hidden = true;
    });
  }
  new MutationObserver(hide).observe(editor, { childList: true, subtree: true });
  hide();
})();
