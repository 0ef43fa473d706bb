/**
 * Imported first by main.tsx for its side effect: modules are evaluated in import order,
 * so the page's event file starts loading before React is even evaluated, instead of in
 * an effect after the first render.
 */
import { loadPageData } from "./pageLoad";

loadPageData();
