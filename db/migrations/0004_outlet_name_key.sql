-- Imports match outlets by name, ignoring case and accents.
create index outlets_name_key on outlets (search_key(name));
