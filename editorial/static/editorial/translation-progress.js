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
