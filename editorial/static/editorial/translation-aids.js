// The "changes" and "memory" aids of editorial (editorial/translation_changes.py, translation_memory.py).
(function () {
  const aids = window.govsiteSegmentAids;
  if (!aids) return;
  const labels = aids.labels;

  function element(tag, attributes, ...children) {
    const node = document.createElement(tag);
    Object.entries(attributes || {}).forEach(([name, value]) => node.setAttribute(name, value));
    children.forEach((child) => node.append(child));
    return node;
  }

  function button(text, onClick) {
    const node = element("button", { type: "button", class: "button button-small button-secondary" }, text);
    node.addEventListener("click", onClick);
    return node;
  }

  function diff(operations) {
    const tags = { "=": "span", "-": "del", "+": "ins" };
    return element("p", { lang: "vi", class: "govsite-diff" },
      ...operations.map(([kind, text]) => element(tags[kind] || "span", {}, text)));
  }

  aids.register("changes", (change, segment, insertText) => {
    const box = element("section", { "aria-label": labels.changed },
      element("h4", {}, labels.changed),
      element("dl", {},
        element("dt", {}, labels.before), element("dd", { lang: "vi" }, change.previous),
        element("dt", {}, labels.now), element("dd", { lang: "vi" }, change.current),
        element("dt", {}, labels.changedWords), element("dd", {}, diff(change.diff))));
    if (change.previousTranslation) {
      box.append(element("h4", {}, labels.previousTranslation),
        element("p", { lang: "km", class: "govsite-previous-khmer" }, change.previousTranslation),
        button(labels.startFromIt, () => insertText(change.previousTranslation)));
    } else {
      box.append(element("p", {}, labels.noPreviousTranslation));
    }
    return box;
  });

  aids.register("memory", (memory, segment, insertText) => {
    const list = element("ol", {});
    memory.suggestions.forEach((suggestion) => {
      const origin = suggestion.origin || {};
      list.append(element("li", {},
        element("strong", { class: "govsite-score" }, labels.similar.replace("{score}", suggestion.score)),
        " ",
        element("span", { lang: "km" }, suggestion.text),
        element("small", {}, labels.from.replace("{kind}", origin.kind || "").replace("{title}", origin.title || "")),
        button(labels.insert, () => insertText(suggestion.text))));
    });
    return element("section", { "aria-label": labels.memory }, element("h4", {}, labels.memory), list);
  });
})();
