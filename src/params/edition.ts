import type { ParamMatcher } from '@sveltejs/kit';
import { BASE_LANG, LANG_FOLDER } from '$lib/content/editions';

/** `/fr/…`, `/de/…`: a language code other than English, whose pages live at the root. */
export const match: ParamMatcher = (param) => LANG_FOLDER.test(param) && param !== BASE_LANG;
