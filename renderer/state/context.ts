import { createContext } from '@lit/context';
import type { Api } from '../../shared/contract/api.js';

/** The one service API, provided by jb-app to every component below it. */
export const apiContext = createContext<Api>(Symbol('jianbao-api'));
