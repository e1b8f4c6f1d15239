import { injectGlobalWebcomponentCss } from 'Frontend/generated/jar-resources/theme-util.js';

import '@vaadin/common-frontend/ConnectionIndicator.js';
import 'Frontend/generated/jar-resources/ReactRouterOutletElement.tsx';

const loadOnDemand = (key) => {
  const pending = [];
  if (key === 'b00ffb45dcef6e39086d915ba137e8f2c1f82b41d9ba8717f2e7572c7ea5de9f') {
    pending.push(import('./chunks/chunk-af2f642a132700899653512d5f5e3d36046799aab126039378451acdec54231c.js'));
  }
  if (key === '8dde00af540e410eb073123e9223b5e074e4c642b21d92f0c20fd8b7514bcd23') {
    pending.push(import('./chunks/chunk-9257bd0c65d3fc2c48e413f11beb0d9181aa0969b13963d25e47c648ee4cb990.js'));
  }
  return Promise.all(pending);
}
window.Vaadin = window.Vaadin || {};
window.Vaadin.Flow = window.Vaadin.Flow || {};
window.Vaadin.Flow.loadOnDemand = loadOnDemand;
window.Vaadin.Flow.resetFocus = () => {
 let ae=document.activeElement;
 while(ae&&ae.shadowRoot) ae = ae.shadowRoot.activeElement;
 return !ae || ae.blur() || ae.focus() || true;
}