// The phone menu and the share control. Both work without this file: the menu link opens the
// menu through :target, the share links are plain links; this makes them what a phone expects.
(function () {
  "use strict";

  function setUpMenu() {
    var link = document.querySelector("[data-menu-toggle]");
    var menu = document.getElementById("site-nav");
    if (!link || !menu) return;
    var button = document.createElement("button");
    button.type = "button";
    button.className = link.className;
    button.innerHTML = link.innerHTML;
    button.setAttribute("aria-expanded", "false");
    button.setAttribute("aria-controls", menu.id);
    link.replaceWith(button);
    document.documentElement.classList.add("has-menu-button");

    function setOpen(open) {
      button.setAttribute("aria-expanded", String(open));
      menu.classList.toggle("is-open", open);
    }
    button.addEventListener("click", function () {
      setOpen(button.getAttribute("aria-expanded") !== "true");
    });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && button.getAttribute("aria-expanded") === "true") {
        setOpen(false);
        button.focus();
      }
    });
  }

  function setUpShare(control) {
    var url = control.getAttribute("data-share-url");
    var title = control.getAttribute("data-share-title");
    var status = control.querySelector("[data-share-status]");
    var nativeButton = control.querySelector("[data-share-native]");
    var copyButton = control.querySelector("[data-share-copy]");
    if (nativeButton && navigator.share) {
      nativeButton.hidden = false;
      nativeButton.addEventListener("click", function () {
        navigator.share({ title: title, url: url }).catch(function () {});
      });
    }
    if (copyButton && navigator.clipboard) {
      copyButton.hidden = false;
      copyButton.addEventListener("click", function () {
        navigator.clipboard.writeText(url).then(function () {
          status.textContent = copyButton.getAttribute("data-copied");
        });
      });
    }
  }

  setUpMenu();
  document.querySelectorAll("[data-share-url]").forEach(setUpShare);
})();
