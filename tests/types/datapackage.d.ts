// The reference JavaScript implementation of Frictionless Data Packages ships no types; these
// cover what the tests use.
declare module 'datapackage' {
  export interface Resource {
    readonly name: string;
    readonly valid: boolean;
    readonly errors: readonly Error[];
    read(options?: {
      keyed?: boolean;
      relations?: boolean;
      cast?: boolean;
    }): Promise<Record<string, unknown>[]>;
  }
  export class Package {
    static load(descriptor: string | object, options?: { basePath?: string }): Promise<Package>;
    readonly valid: boolean;
    readonly errors: readonly Error[];
    readonly resources: readonly Resource[];
  }
}
