-- placeholder: the store agent writes the real schema
CREATE TABLE IF NOT EXISTS placeholder (id INTEGER PRIMARY KEY);
