import GRDB

extension SQLiteMigrations {
    /// Brands and shops, products and SKUs, carts, orders, promo codes, reviews; product cards in notes.
    static func registerCommerce(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("2026-11-28 commerce: brands, products, carts, orders, promos, reviews") { db in
            try db.execute(
                sql: """
                    ALTER TABLE note ADD COLUMN product_ids TEXT NOT NULL DEFAULT '[]';
                    CREATE TABLE brand (
                        id INTEGER PRIMARY KEY,
                        name TEXT NOT NULL COLLATE NOCASE UNIQUE,
                        description TEXT NOT NULL DEFAULT '',
                        created_at INTEGER NOT NULL
                    );
                    CREATE TABLE brand_member (
                        brand_id INTEGER NOT NULL REFERENCES brand(id),
                        user_id INTEGER NOT NULL REFERENCES account(id),
                        role TEXT NOT NULL,
                        added_at INTEGER NOT NULL,
                        PRIMARY KEY (brand_id, user_id)
                    ) WITHOUT ROWID;
                    CREATE INDEX brand_member_user ON brand_member(user_id);
                    CREATE TABLE product (
                        id INTEGER PRIMARY KEY,
                        brand_id INTEGER NOT NULL REFERENCES brand(id),
                        name TEXT NOT NULL,
                        description TEXT NOT NULL,
                        status TEXT NOT NULL,
                        tag_ids TEXT NOT NULL DEFAULT '[]',
                        media TEXT NOT NULL DEFAULT '[]',
                        restock_on_refund INTEGER NOT NULL DEFAULT 1,
                        created_at INTEGER NOT NULL
                    );
                    CREATE INDEX product_brand ON product(brand_id, created_at DESC, id DESC);
                    CREATE INDEX product_active ON product(created_at DESC, id DESC) WHERE status = 'active';
                    CREATE TABLE sku (
                        id INTEGER PRIMARY KEY,
                        product_id INTEGER NOT NULL REFERENCES product(id),
                        position INTEGER NOT NULL,
                        attributes TEXT NOT NULL DEFAULT '[]',
                        price INTEGER NOT NULL CHECK (price > 0),
                        currency TEXT NOT NULL,
                        stock INTEGER NOT NULL CHECK (stock >= 0)
                    );
                    CREATE INDEX sku_product ON sku(product_id, position);
                    CREATE TABLE note_product (
                        product_id INTEGER NOT NULL REFERENCES product(id),
                        note_id INTEGER NOT NULL REFERENCES note(id),
                        published_at INTEGER NOT NULL,
                        PRIMARY KEY (product_id, published_at, note_id)
                    ) WITHOUT ROWID;
                    CREATE INDEX note_product_note ON note_product(note_id);
                    CREATE TABLE cart_item (
                        user_id INTEGER NOT NULL REFERENCES account(id),
                        sku_id INTEGER NOT NULL REFERENCES sku(id),
                        quantity INTEGER NOT NULL CHECK (quantity > 0),
                        added_at INTEGER NOT NULL,
                        PRIMARY KEY (user_id, sku_id)
                    ) WITHOUT ROWID;
                    CREATE TABLE promo (
                        id INTEGER PRIMARY KEY,
                        brand_id INTEGER NOT NULL REFERENCES brand(id),
                        code TEXT NOT NULL,
                        percent_off INTEGER,
                        amount_off INTEGER,
                        currency TEXT,
                        usage_limit INTEGER,
                        used_count INTEGER NOT NULL DEFAULT 0
                            CHECK (used_count >= 0 AND (usage_limit IS NULL OR used_count <= usage_limit)),
                        expires_at INTEGER,
                        creator_id INTEGER REFERENCES account(id),
                        created_at INTEGER NOT NULL
                    );
                    CREATE UNIQUE INDEX promo_code ON promo(brand_id, code);
                    CREATE TABLE purchase_order (
                        id INTEGER PRIMARY KEY,
                        buyer_id INTEGER NOT NULL REFERENCES account(id),
                        brand_id INTEGER NOT NULL REFERENCES brand(id),
                        status TEXT NOT NULL,
                        currency TEXT NOT NULL,
                        subtotal INTEGER NOT NULL,
                        discount INTEGER NOT NULL,
                        total INTEGER NOT NULL CHECK (total >= 0 AND total = subtotal - discount),
                        promo_id INTEGER REFERENCES promo(id),
                        placed_at INTEGER NOT NULL,
                        expires_at INTEGER NOT NULL,
                        payment_ref TEXT
                    );
                    CREATE INDEX order_buyer ON purchase_order(buyer_id, placed_at DESC, id DESC);
                    CREATE INDEX order_brand ON purchase_order(brand_id, placed_at DESC, id DESC);
                    CREATE INDEX order_unpaid ON purchase_order(expires_at) WHERE status = 'pending';
                    CREATE TABLE order_line (
                        order_id INTEGER NOT NULL REFERENCES purchase_order(id),
                        position INTEGER NOT NULL,
                        sku_id INTEGER NOT NULL REFERENCES sku(id),
                        product_id INTEGER NOT NULL REFERENCES product(id),
                        product_name TEXT NOT NULL,
                        attributes TEXT NOT NULL,
                        unit_price INTEGER NOT NULL,
                        quantity INTEGER NOT NULL CHECK (quantity > 0),
                        PRIMARY KEY (order_id, position)
                    ) WITHOUT ROWID;
                    CREATE INDEX order_line_product ON order_line(product_id);
                    CREATE TABLE order_transition (
                        id INTEGER PRIMARY KEY,
                        order_id INTEGER NOT NULL REFERENCES purchase_order(id),
                        status TEXT NOT NULL,
                        at INTEGER NOT NULL,
                        actor_id INTEGER
                    );
                    CREATE INDEX order_transition_order ON order_transition(order_id, id);
                    CREATE TABLE idempotency_key (
                        user_id INTEGER NOT NULL,
                        key TEXT NOT NULL,
                        fingerprint TEXT NOT NULL,
                        order_id INTEGER,
                        outcome TEXT,
                        created_at INTEGER NOT NULL,
                        PRIMARY KEY (user_id, key)
                    ) WITHOUT ROWID;
                    CREATE TABLE review (
                        order_id INTEGER NOT NULL REFERENCES purchase_order(id),
                        product_id INTEGER NOT NULL REFERENCES product(id),
                        buyer_id INTEGER NOT NULL REFERENCES account(id),
                        note_id INTEGER NOT NULL UNIQUE REFERENCES note(id),
                        rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
                        reviewed_at INTEGER NOT NULL,
                        PRIMARY KEY (order_id, product_id)
                    ) WITHOUT ROWID;
                    CREATE INDEX review_product ON review(product_id, reviewed_at DESC, note_id DESC);
                    """)
        }
    }
}
