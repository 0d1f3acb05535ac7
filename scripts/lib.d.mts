// Types of the helpers in lib.mjs used from TypeScript (the e2e global setup starts the apps the
// way `npm start` does).
import type { ChildProcess, StdioOptions } from 'node:child_process';

type ServerOptions = { port: number; env?: NodeJS.ProcessEnv; stdio?: StdioOptions };

export declare const root: string;
export declare const nodeEnv: (extra?: Record<string, string>) => NodeJS.ProcessEnv;
export declare const waitForHttp: (url: string, timeoutMs?: number) => Promise<void>;
export declare const startCmsServer: (options: ServerOptions) => ChildProcess;
export declare const startGatewayServer: (options: ServerOptions) => ChildProcess;
export declare const startWebServer: (options: ServerOptions) => ChildProcess;
export declare const stopServer: (child: ChildProcess) => void;
export declare const redisServerPath: string;
export declare const nginxPath: string;
export declare const ensureTopologyTools: () => boolean;
