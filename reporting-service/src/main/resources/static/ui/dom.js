// Builds DOM and SVG nodes from data. Text always goes in as text nodes, never as markup,
// so names and reasons typed by users cannot inject anything into the page.

const SVG_NS = 'http://www.w3.org/2000/svg';

function fill(node, attrs, children) {
  Object.entries(attrs || {}).forEach(([name, value]) => {
    if (value === null || value === undefined || value === false) {
      return;
    }
    if (name.startsWith('on') && typeof value === 'function') {
      node.addEventListener(name.slice(2), value);
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

/** An SVG element, same shape as h(). */
export function s(tag, attrs, ...children) {
  return fill(document.createElementNS(SVG_NS, tag), attrs, children);
}

export function replace(container, ...children) {
  container.replaceChildren();
  fill(container, {}, children);
}
