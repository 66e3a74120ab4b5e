import type { Migration } from './migration';

/** The full customer profile: salutation, contact details, identity, birthday, tags, several phones. */
export const migration003: Migration = {
  version: 3,
  name: 'customer detail',
  up(db) {
    db.exec(`
      ALTER TABLE customers ADD COLUMN salutation TEXT;
      ALTER TABLE customers ADD COLUMN email TEXT;
      ALTER TABLE customers ADD COLUMN account_no TEXT;
      ALTER TABLE customers ADD COLUMN id_card TEXT;
      ALTER TABLE customers ADD COLUMN address TEXT;
      ALTER TABLE customers ADD COLUMN birthday TEXT;
      ALTER TABLE customers ADD COLUMN tags TEXT NOT NULL DEFAULT '[]';
      ALTER TABLE customers ADD COLUMN branch_id TEXT;

      CREATE TABLE customer_phones (
        customer_id TEXT NOT NULL REFERENCES customers(id),
        phone TEXT NOT NULL,
        label TEXT NOT NULL DEFAULT 'mobile',
        PRIMARY KEY (customer_id, phone)
      ) WITHOUT ROWID;
      CREATE INDEX customer_phones_by_phone ON customer_phones(phone);
      INSERT INTO customer_phones (customer_id, phone) SELECT id, phone FROM customers;

      CREATE INDEX customers_by_account ON customers(account_no) WHERE account_no IS NOT NULL;
      CREATE INDEX customers_by_birthday ON customers(substr(birthday, 6)) WHERE birthday IS NOT NULL;
    `);
  },
};
