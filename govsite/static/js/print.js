// Photos below the fold load lazily; a printout must have them all, so load them before printing.
window.addEventListener("beforeprint", function () {
  document.querySelectorAll('img[loading="lazy"]').forEach(function (img) {
    img.loading = "eager";
  });
});
