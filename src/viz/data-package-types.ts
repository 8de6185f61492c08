/**
 * A Frictionless Data Package: the `datapackage.json` descriptor and the CSV files it names. Every
 * call returns fresh, plain, mutable objects.
 *
 * @category Visualization and export
 * @example
 * ```ts
 * import { toDataPackage } from 'aukus';
 * const pkg = toDataPackage();
 * pkg.files.map((f) => f.path).includes('csv/participations.csv'); // true
 * ```
 */
export interface DataPackage {
  /** The `datapackage.json` descriptor. */
  descriptor: DataPackageDescriptor;
  /** Each CSV file, by its path relative to `datapackage.json`. */
  files: DataPackageFile[];
}

/**
 * The `datapackage.json` descriptor of a {@link DataPackage}: a `tabular-data-package`.
 *
 * @category Visualization and export
 * @example
 * ```ts
 * import { toDataPackage } from 'aukus';
 * toDataPackage().descriptor.profile; // 'tabular-data-package'
 * ```
 */
export interface DataPackageDescriptor {
  /** Always `'tabular-data-package'`: every resource is a CSV with a Table Schema. */
  profile: 'tabular-data-package';
  /** Package name. */
  name: string;
  /** Human title. */
  title: string;
  /** The data version. */
  version: string;
  /** What the package holds and its snapshot date. */
  description: string;
  /** When the data was current: the snapshot date, as an ISO 8601 date-time in UTC. */
  created: string;
  /** Licences, by SPDX id. */
  licenses: DataPackageLicense[];
  /** Who made the package. */
  contributors: {
    /** Who. */
    title: string;
    /** Their part, in the Data Package vocabulary. */
    role: 'author' | 'publisher' | 'maintainer' | 'contributor';
  }[];
  /** Every document the data cites, by title and address. */
  sources: {
    /** Publisher, title and date of publication. */
    title: string;
    /** The address read. */
    path: string;
  }[];
  /** One resource per CSV file. */
  resources: DataPackageResource[];
}

/**
 * A licence of a {@link DataPackage}.
 *
 * @category Visualization and export
 * @example
 * ```ts
 * import { toDataPackage } from 'aukus';
 * toDataPackage().descriptor.licenses[0]?.name; // 'MIT'
 * ```
 */
export interface DataPackageLicense {
  /** SPDX licence id. */
  name: string;
}

/**
 * One CSV file of a {@link DataPackage}.
 *
 * @category Visualization and export
 * @example
 * ```ts
 * import { toDataPackage } from 'aukus';
 * toDataPackage().files[0]?.path; // 'csv/sources.csv'
 * ```
 */
export interface DataPackageFile {
  /** Path relative to `datapackage.json`. */
  path: string;
  /** The CSV text. */
  content: string;
}

/**
 * One field of a resource's Table Schema, with the constraints a validator checks.
 *
 * @category Visualization and export
 * @example
 * ```ts
 * import { toDataPackage } from 'aukus';
 * const spells = toDataPackage().descriptor.resources.find((r) => r.name === 'participations');
 * spells?.schema.fields.find((f) => f.name === 'claim')?.constraints?.enum; // ['official', 'reported']
 * ```
 */
export interface DataPackageField {
  /** Column name, exactly as in the CSV header. */
  name: string;
  /** Table Schema type. */
  type: 'string' | 'integer' | 'number' | 'boolean';
  /** What the column holds. */
  description: string;
  /** What every value must satisfy; an empty cell is a missing value. */
  constraints?: {
    /** Never empty. */
    required?: true;
    /** No two rows share the value. */
    unique?: true;
    /** The value is one of these. */
    enum?: string[];
    /** A regular expression the whole value matches. */
    pattern?: string;
  };
}

/**
 * A reference from columns of one resource to the key of another (or the same) resource.
 *
 * @category Visualization and export
 * @example
 * ```ts
 * import { toDataPackage } from 'aukus';
 * const spells = toDataPackage().descriptor.resources.find((r) => r.name === 'participations');
 * spells?.schema.foreignKeys?.map((k) => k.reference.resource); // ['countries', 'pillars']
 * ```
 */
export interface DataPackageForeignKey {
  /** The referring columns. */
  fields: string[];
  /** The resource and columns referred to. */
  reference: {
    /** The resource referred to. */
    resource: string;
    /** Its key columns, in the order of `fields`. */
    fields: string[];
  };
}

/**
 * One table of a {@link DataPackage}: a CSV file with its dialect and Table Schema.
 *
 * @category Visualization and export
 * @example
 * ```ts
 * import { toDataPackage } from 'aukus';
 * toDataPackage().descriptor.resources[0]?.name; // 'sources'
 * ```
 */
export interface DataPackageResource {
  /** Always `'tabular-data-resource'`. */
  profile: 'tabular-data-resource';
  /** Resource name. */
  name: string;
  /** CSV path relative to the descriptor. */
  path: string;
  /** Always `'csv'`. */
  format: 'csv';
  /** Always `'text/csv'`. */
  mediatype: 'text/csv';
  /** Always `'utf-8'`. */
  encoding: 'utf-8';
  /** How the CSV is written, so that readers never have to guess. */
  dialect: {
    /** Fields are separated by commas. */
    delimiter: ',';
    /** A quote inside a quoted field is written twice. */
    doubleQuote: true;
    /** Rows end with CRLF, as RFC 4180 says. */
    lineTerminator: '\r\n';
    /** Fields holding commas, quotes or line breaks are quoted with `"`. */
    quoteChar: '"';
    /** Spaces after a delimiter belong to the value. */
    skipInitialSpace: false;
    /** The first row names the columns. */
    header: true;
    /** Column names are matched exactly. */
    caseSensitiveHeader: true;
  };
  /** Table Schema of the CSV: field names match its header exactly. */
  schema: {
    /** The columns, in CSV order. */
    fields: DataPackageField[];
    /** Cells that stand for "no value". */
    missingValues: [''];
    /** The columns that identify a row. */
    primaryKey: string[];
    /** References to other resources; absent when the table refers to none. */
    foreignKeys?: DataPackageForeignKey[];
  };
}
