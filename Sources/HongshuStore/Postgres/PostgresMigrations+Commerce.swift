import PostgresNIO

extension PostgresMigrations {
    /// Brands and shops, products and SKUs, carts, orders, promo codes, reviews; product cards in notes.
    /// Distribution keys: brand id for the catalogue, buyer id for carts and orders.
    static let commerce: [Migration] = [
        Migration(
            name: "2026-11-28 commerce: brands, products, carts, orders, promos, reviews",
            statements: [
                "ALTER TABLE note ADD COLUMN product_ids jsonb NOT NULL DEFAULT '[]'",
                """
                CREATE TABLE brand (
                    id bigint PRIMARY KEY,
                    name text NOT NULL,
                    description text NOT NULL DEFAULT '',
                    created_at timestamptz NOT NULL
                )
                """,
                "CREATE UNIQUE INDEX brand_name ON brand (lower(name))",
                """
                CREATE TABLE brand_member (
                    brand_id bigint NOT NULL REFERENCES brand(id),
                    user_id bigint NOT NULL REFERENCES account(id),
                    role text NOT NULL,
                    added_at timestamptz NOT NULL,
                    PRIMARY KEY (brand_id, user_id)
                )
                """,
                "CREATE INDEX brand_member_user ON brand_member (user_id)",
                """
                CREATE TABLE product (
                    id bigint PRIMARY KEY,
                    brand_id bigint NOT NULL REFERENCES brand(id),
                    name text NOT NULL,
                    description text NOT NULL,
                    status text NOT NULL,
                    tag_ids jsonb NOT NULL DEFAULT '[]',
                    media jsonb NOT NULL DEFAULT '[]',
                    restock_on_refund boolean NOT NULL DEFAULT true,
                    created_at timestamptz NOT NULL
                )
                """,
                "CREATE INDEX product_brand ON product (brand_id, created_at DESC, id DESC)",
                "CREATE INDEX product_active ON product (created_at DESC, id DESC) WHERE status = 'active'",
                """
                CREATE TABLE sku (
                    id bigint PRIMARY KEY,
                    product_id bigint NOT NULL REFERENCES product(id),
                    position integer NOT NULL,
                    attributes jsonb NOT NULL DEFAULT '[]',
                    price bigint NOT NULL CHECK (price > 0),
                    currency char(3) NOT NULL,
                    stock integer NOT NULL CHECK (stock >= 0)
                )
                """,
                "CREATE INDEX sku_product ON sku (product_id, position)",
                """
                CREATE TABLE note_product (
                    product_id bigint NOT NULL REFERENCES product(id),
                    note_id bigint NOT NULL REFERENCES note(id),
                    published_at timestamptz NOT NULL,
                    PRIMARY KEY (product_id, published_at, note_id)
                )
                """,
                "CREATE INDEX note_product_note ON note_product (note_id)",
                """
                CREATE TABLE cart_item (
                    user_id bigint NOT NULL REFERENCES account(id),
                    sku_id bigint NOT NULL REFERENCES sku(id),
                    quantity integer NOT NULL CHECK (quantity > 0),
                    added_at timestamptz NOT NULL,
                    PRIMARY KEY (user_id, sku_id)
                )
                """,
                """
                CREATE TABLE promo (
                    id bigint PRIMARY KEY,
                    brand_id bigint NOT NULL REFERENCES brand(id),
                    code text NOT NULL,
                    percent_off integer,
                    amount_off bigint,
                    currency char(3),
                    usage_limit integer,
                    used_count integer NOT NULL DEFAULT 0
                        CHECK (used_count >= 0 AND (usage_limit IS NULL OR used_count <= usage_limit)),
                    expires_at timestamptz,
                    creator_id bigint REFERENCES account(id),
                    created_at timestamptz NOT NULL
                )
                """,
                "CREATE UNIQUE INDEX promo_code ON promo (brand_id, code)",
                """
                CREATE TABLE purchase_order (
                    id bigint PRIMARY KEY,
                    buyer_id bigint NOT NULL REFERENCES account(id),
                    brand_id bigint NOT NULL REFERENCES brand(id),
                    status text NOT NULL,
                    currency char(3) NOT NULL,
                    subtotal bigint NOT NULL,
                    discount bigint NOT NULL,
                    total bigint NOT NULL CHECK (total >= 0 AND total = subtotal - discount),
                    promo_id bigint REFERENCES promo(id),
                    placed_at timestamptz NOT NULL,
                    expires_at timestamptz NOT NULL,
                    payment_ref text
                )
                """,
                "CREATE INDEX order_buyer ON purchase_order (buyer_id, placed_at DESC, id DESC)",
                "CREATE INDEX order_brand ON purchase_order (brand_id, placed_at DESC, id DESC)",
                "CREATE INDEX order_unpaid ON purchase_order (expires_at) WHERE status = 'pending'",
                """
                CREATE TABLE order_line (
                    order_id bigint NOT NULL REFERENCES purchase_order(id),
                    position integer NOT NULL,
                    sku_id bigint NOT NULL REFERENCES sku(id),
                    product_id bigint NOT NULL REFERENCES product(id),
                    product_name text NOT NULL,
                    attributes jsonb NOT NULL,
                    unit_price bigint NOT NULL,
                    quantity integer NOT NULL CHECK (quantity > 0),
                    PRIMARY KEY (order_id, position)
                )
                """,
                "CREATE INDEX order_line_product ON order_line (product_id)",
                """
                CREATE TABLE order_transition (
                    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                    order_id bigint NOT NULL REFERENCES purchase_order(id),
                    status text NOT NULL,
                    at timestamptz NOT NULL,
                    actor_id bigint
                )
                """,
                "CREATE INDEX order_transition_order ON order_transition (order_id, id)",
                """
                CREATE TABLE idempotency_key (
                    user_id bigint NOT NULL,
                    key text NOT NULL,
                    fingerprint text NOT NULL,
                    order_id bigint,
                    outcome text,
                    created_at timestamptz NOT NULL,
                    PRIMARY KEY (user_id, key)
                )
                """,
                """
                CREATE TABLE review (
                    order_id bigint NOT NULL REFERENCES purchase_order(id),
                    product_id bigint NOT NULL REFERENCES product(id),
                    buyer_id bigint NOT NULL REFERENCES account(id),
                    note_id bigint NOT NULL UNIQUE REFERENCES note(id),
                    rating integer NOT NULL CHECK (rating BETWEEN 1 AND 5),
                    reviewed_at timestamptz NOT NULL,
                    PRIMARY KEY (order_id, product_id)
                )
                """,
                "CREATE INDEX review_product ON review (product_id, reviewed_at DESC, note_id DESC)",
            ])
    ]
}
