export declare const defaultSqliteUrl: string;
export declare function databaseUrl(): string;
export declare function providerOf(url: string): "sqlite" | "postgresql";
