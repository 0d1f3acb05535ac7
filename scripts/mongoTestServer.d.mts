export declare const mongoDatabaseUrl: (base: string, name: string) => string;
export declare const startMongoTestServer: () => { url: string; describe: string; stop: () => void } | null;
