// Builds DOM nodes from data. Text always goes in as text nodes, never as markup, so names and
// texts typed by users cannot inject anything into the page.

function fill(node, attrs, children) {
  Object.entries(attrs || {}).forEach(([name, value]) => {
    if (value === null || value === undefined || value === false) {
      return;
    }
    if (name.startsWith('on') && typeof value === 'function') {
      node.addEventListener(name.slice(2), value);
    } else if (name === 'value' && 'value' in node) {
      node.value = value;
    } else {
      node.setAttribute(name, value === true ? '' : String(value));
    }
  });
  children.flat(Infinity).forEach(child => {
    if (child === null || child === undefined || child === false) {
      return;
    }
    node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  });
  return node;
}

/** An HTML element: h('p', {class: 'x'}, 'text', otherNode). */
export function h(tag, attrs, ...children) {
  return fill(document.createElement(tag), attrs, children);
}

export function replace(container, ...children) {
  container.replaceChildren();
  fill(container, {}, children);
}

/** A link inside the application: href('#/c/temara'). */
export function link(route, text, attrs) {
  return h('a', Object.assign({ href: route }, attrs || {}), text);
}
