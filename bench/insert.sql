-- The physical reference of ./accord bench: one single-row INSERT per transaction (pgbench commits each one).
INSERT INTO bench_row (payload) VALUES ('{"title": "Pump housings 2027", "items": [{"productCode": "PH-200", "quantity": 100}]}');
