export declare function deploy(url?: string): string;
