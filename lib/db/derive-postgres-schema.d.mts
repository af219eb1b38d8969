export declare const root: string;
export declare const sourcePath: string;
export declare const derivedPath: string;
export declare function derivePostgresSchema(source: string): string;
