// Aids under each segment of wagtail-localize's translation editor (checked against wagtail-localize 1.14.5).
//
// The editor is a React app that gives its segments no id in the page: each segment is an <li> holding the
// source text (<p>), the translation (<div>) and its buttons (<ul>); it is matched to its segment in the
// editor's props by that source text, in order. The aids come as JSON, {segment id: {aid name: payload}},
// from editorial.segment_aids; each app draws its own with
//   window.govsiteSegmentAids.register(name, function (payload, segmentElement, insertText) { return node; })
// where insertText(text) opens the segment for editing and puts `text` in its input (the translator saves
// it with the editor's own Save, so it is an ordinary draft translation). The node returned is shown under
// the segment; React re-renders are followed with a MutationObserver.
(function () {
  const renderers = new Map();
  let aids = null;
  let editor = null;
  let scheduled = false;

  function stringSegments() {
    try {
      return JSON.parse(editor.dataset.props).segments.filter((segment) => segment.type === "string");
    } catch (error) {
      return [];
    }
  }

  function segmentElements() {
    return [...editor.querySelectorAll("li")].filter(
      (li) => li.querySelector(":scope > p") && li.querySelector(":scope > ul") && li.querySelector(":scope > div")
    );
  }

  function matchSegments() {
    const unused = stringSegments();
    segmentElements().forEach((li) => {
      const source = li.querySelector(":scope > p").textContent;
      const index = unused.findIndex((segment) => segment.source === source);
      if (index === -1) return;
      li.dataset.govsiteSegment = String(unused[index].id);
      unused.splice(index, 1);
    });
  }

  function setNativeValue(textarea, text) {
    const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value").set;
    setter.call(textarea, text);
    textarea.dispatchEvent(new Event("input", { bubbles: true }));
  }

  function inserter(li) {
    return function insertText(text) {
      let tries = 0;
      function fill() {
        const textarea = li.querySelector("textarea");
        if (textarea) {
          setNativeValue(textarea, text);
          textarea.focus();
          return;
        }
        if (tries === 0) {
          const open = li.querySelector(":scope > ul > li:last-child button"); // "Translate" or "Edit"
          if (open) open.click();
        }
        if (tries++ < 20) setTimeout(fill, 25);
      }
      fill();
    };
  }

  function render() {
    scheduled = false;
    if (!aids) return;
    matchSegments();
    editor.querySelectorAll("li[data-govsite-segment]").forEach((li) => {
      const found = aids[li.dataset.govsiteSegment];
      if (!found) return;
      let box = li.querySelector(":scope > .govsite-aids");
      Object.entries(found).forEach(([name, payload]) => {
        const renderer = renderers.get(name);
        if (!renderer || (box && box.querySelector(`:scope > [data-aid="${name}"]`))) return;
        if (!box) {
          box = document.createElement("div");
          box.className = "govsite-aids";
          li.appendChild(box);
        }
        let node = null;
        try {
          node = renderer(payload, li, inserter(li));
        } catch (error) {
          console.error(error);
        }
        const wrapper = document.createElement("div");
        wrapper.dataset.aid = name;
        wrapper.className = `govsite-aid govsite-aid--${name}`;
        if (node) wrapper.appendChild(node);
        else wrapper.hidden = true;
        box.appendChild(wrapper);
      });
    });
  }

  function schedule() {
    if (!scheduled) {
      scheduled = true;
      requestAnimationFrame(render);
    }
  }

  window.govsiteSegmentAids = {
    register(name, renderer) {
      renderers.set(name, renderer);
      schedule();
    },
    labels: JSON.parse((document.getElementById("govsite-segment-aids-labels") || {}).textContent || "{}"),
  };

  function start() {
    editor = document.querySelector(".js-translation-editor");
    const config = document.querySelector("[data-segment-aids-url]");
    if (!editor || !config) return;
    fetch(config.dataset.segmentAidsUrl, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then((response) => (response.ok ? response.json() : null))
      .then((found) => {
        aids = found || {};
        schedule();
      })
      .catch(() => {});
    new MutationObserver(schedule).observe(editor, { childList: true, subtree: true });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
