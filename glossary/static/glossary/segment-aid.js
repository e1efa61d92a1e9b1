// The glossary's hint under a segment of the translation editor (payload from glossary/segment_aid.py):
// each term of the Vietnamese with its approved Khmer, a button that inserts it, and a warning when the
// Khmer lacks it or uses a forbidden variant. Loaded (deferred) after editorial's segment-aids.js, which shows
// the node returned under the segment.
(function () {
  function render(payload, segmentElement, insertText) {
    const box = document.createElement("div");
    box.className = "glossary-aid";
    box.dataset.glossaryAid = "";
    const heading = document.createElement("strong");
    heading.textContent = payload.label;
    box.append(heading);
    const list = document.createElement("ul");
    payload.terms.forEach((term) => {
      const item = document.createElement("li");
      item.dataset.glossaryStatus = term.status;
      const vi = document.createElement("span");
      vi.lang = "vi";
      vi.textContent = term.vi;
      const km = document.createElement("span");
      km.lang = "km";
      km.textContent = term.km;
      item.append(vi, " → ", km);
      if (insertText) {
        const insert = document.createElement("button");
        insert.type = "button";
        insert.className = "button button-small button-secondary";
        insert.textContent = payload.insert_label;
        insert.addEventListener("click", () => insertText(term.km));
        item.append(" ", insert);
      }
      if (term.note || term.source) {
        const note = document.createElement("small");
        note.textContent = " " + [term.note, term.source].filter(Boolean).join(" · ");
        item.append(note);
      }
      if (term.warning) {
        const warning = document.createElement("p");
        warning.className = "help-block help-warning";
        warning.setAttribute("role", "status");
        warning.textContent = term.warning;
        item.append(warning);
      }
      list.append(item);
    });
    box.append(list);
    return box;
  }

  if (window.govsiteSegmentAids) window.govsiteSegmentAids.register("glossary", render);
})();
