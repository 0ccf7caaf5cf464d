create table review_policy (
    version    integer primary key,
    rules      jsonb        not null,
    created_by varchar(255) not null,
    created_at timestamptz  not null
);

-- the policy the procedures describe; administrators change it through PUT /api/v1/review-policy
insert into review_policy (version, rules, created_by, created_at) values (1, '{
  "simplifiedMaxValue": 50000,
  "financeThreshold": 200000,
  "legalThreshold": 500000,
  "standardPaymentTerms": ["NET30", "NET60", "PREPAID"],
  "rerouteOnChange": {
    "QUANTITY": ["PRODUCTION", "PROCUREMENT"],
    "DELIVERY": ["PRODUCTION", "PROCUREMENT"],
    "PRICE": ["FINANCE"],
    "PAYMENT": ["FINANCE"],
    "SPECIFICATION": ["QUALITY", "TECHNICAL"],
    "QUALITY_REQUIREMENTS": ["QUALITY", "TECHNICAL"],
    "TERMS": ["LEGAL"],
    "SERVICES": ["SAFETY_ENV", "PRODUCTION"]
  },
  "slaHours": {"QUALITY": 48, "PRODUCTION": 48, "PROCUREMENT": 48, "TECHNICAL": 72, "FINANCE": 48, "LEGAL": 72, "SAFETY_ENV": 48}
}', 'system', now());

alter table review
    add column policy_version     integer not null default 1,
    add column risks              jsonb   not null default '[]',
    add column tasks              jsonb   not null default '[]',
    add column order_confirmation jsonb,
    add column record_hash        char(64),
    add column superseded_by      uuid;

alter table review add column overdue boolean not null default false;
create index review_overdue_idx on review (overdue) where overdue;
