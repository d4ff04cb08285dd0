/// The OpenAPI 3.1 description of this server, served at GET /openapi.json.
/// Keep it in step with NewsRoutes; the integration tests check that every route it lists answers.
enum OpenAPIDocument {
    static let json = #"""
{
 "openapi": "3.1.0",
 "info": {
  "title": "Newsgraph",
  "version": "0.1.0",
  "description": "Turns raw news articles into structured records: title, authors, source, date, clean body, and every organization mentioned with its positions. Offsets count Unicode scalars into `text`, end exclusive."
 },
 "paths": {
  "/healthz": {
   "get": {
    "operationId": "health",
    "summary": "Liveness",
    "responses": {
     "200": {
      "description": "Serving",
      "content": {
       "application/json": {
        "schema": {
         "type": "object",
         "properties": {
          "status": {
           "const": "ok"
          }
         },
         "required": [
          "status"
         ]
        }
       }
      }
     }
    }
   }
  },
  "/openapi.json": {
   "get": {
    "operationId": "openapi",
    "summary": "This document",
    "responses": {
     "200": {
      "description": "OpenAPI 3.1 document",
      "content": {
       "application/json": {
        "schema": {
         "type": "object"
        }
       }
      }
     }
    }
   }
  },
  "/articles": {
   "post": {
    "operationId": "createArticle",
    "summary": "Analyse and store an article",
    "description": "The same content (after whitespace normalisation) posted again answers 200 with the stored article.",
    "requestBody": {
     "required": true,
     "content": {
      "text/plain": {
       "schema": {
        "type": "string"
       }
      },
      "text/html": {
       "schema": {
        "type": "string"
       }
      },
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/ArticleSubmission"
       }
      }
     }
    },
    "responses": {
     "201": {
      "description": "Stored",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Article"
        }
       }
      },
      "headers": {
       "Location": {
        "schema": {
         "type": "string"
        }
       }
      }
     },
     "200": {
      "description": "Already stored",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Article"
        }
       }
      },
      "headers": {
       "Content-Location": {
        "schema": {
         "type": "string"
        }
       }
      }
     },
     "400": {
      "description": "Problem",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      }
     },
     "413": {
      "description": "Problem",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      }
     },
     "415": {
      "description": "Problem",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      }
     },
     "422": {
      "description": "Problem",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      }
     }
    }
   },
   "get": {
    "operationId": "listArticles",
    "summary": "Articles, newest first",
    "parameters": [
     {
      "name": "organization",
      "in": "query",
      "schema": {
       "type": "integer"
      }
     },
     {
      "name": "q",
      "in": "query",
      "description": "words that must all appear in the title or body",
      "schema": {
       "type": "string"
      }
     },
     {
      "name": "limit",
      "in": "query",
      "schema": {
       "type": "integer",
       "minimum": 1,
       "maximum": 100,
       "default": 20
      }
     },
     {
      "name": "cursor",
      "in": "query",
      "description": "next_cursor from the previous page",
      "schema": {
       "type": "string"
      }
     }
    ],
    "responses": {
     "200": {
      "description": "A page",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ArticlePage"
        }
       }
      }
     },
     "400": {
      "description": "Problem",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      }
     },
     "404": {
      "description": "Problem",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      }
     }
    }
   }
  },
  "/extract": {
   "post": {
    "operationId": "extractArticle",
    "summary": "Analyse an article without storing it",
    "requestBody": {
     "required": true,
     "content": {
      "text/plain": {
       "schema": {
        "type": "string"
       }
      },
      "text/html": {
       "schema": {
        "type": "string"
       }
      },
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/ArticleSubmission"
       }
      }
     }
    },
    "responses": {
     "200": {
      "description": "The analysis (ids are null)",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Article"
        }
       }
      }
     },
     "400": {
      "description": "Problem",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      }
     },
     "413": {
      "description": "Problem",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      }
     },
     "415": {
      "description": "Problem",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      }
     },
     "422": {
      "description": "Problem",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      }
     }
    }
   }
  },
  "/articles/{id}": {
   "parameters": [
    {
     "name": "id",
     "in": "path",
     "required": true,
     "schema": {
      "type": "integer",
      "minimum": 1
     }
    }
   ],
   "get": {
    "operationId": "getArticle",
    "responses": {
     "200": {
      "description": "The article",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Article"
        }
       }
      }
     },
     "404": {
      "description": "Problem",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      }
     }
    }
   },
   "delete": {
    "operationId": "deleteArticle",
    "responses": {
     "204": {
      "description": "Deleted"
     },
     "404": {
      "description": "Problem",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      }
     }
    }
   }
  },
  "/organizations": {
   "get": {
    "operationId": "listOrganizations",
    "summary": "Organizations, most-covered first",
    "parameters": [
     {
      "name": "q",
      "in": "query",
      "description": "a name or alias prefix, or words in it (case-insensitive)",
      "schema": {
       "type": "string"
      }
     },
     {
      "name": "limit",
      "in": "query",
      "schema": {
       "type": "integer",
       "minimum": 1,
       "maximum": 100,
       "default": 20
      }
     },
     {
      "name": "cursor",
      "in": "query",
      "description": "next_cursor from the previous page",
      "schema": {
       "type": "string"
      }
     }
    ],
    "responses": {
     "200": {
      "description": "A page",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/OrganizationPage"
        }
       }
      }
     },
     "400": {
      "description": "Problem",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      }
     }
    }
   }
  },
  "/organizations/{id}": {
   "parameters": [
    {
     "name": "id",
     "in": "path",
     "required": true,
     "schema": {
      "type": "integer",
      "minimum": 1
     }
    }
   ],
   "get": {
    "operationId": "getOrganization",
    "responses": {
     "200": {
      "description": "The organization and those most often named beside it",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/OrganizationDetail"
        }
       }
      }
     },
     "404": {
      "description": "Problem",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      }
     }
    }
   }
  },
  "/organizations/{id}/articles": {
   "parameters": [
    {
     "name": "id",
     "in": "path",
     "required": true,
     "schema": {
      "type": "integer",
      "minimum": 1
     }
    }
   ],
   "get": {
    "operationId": "organizationArticles",
    "parameters": [
     {
      "name": "q",
      "in": "query",
      "description": "words that must all appear in the title or body",
      "schema": {
       "type": "string"
      }
     },
     {
      "name": "limit",
      "in": "query",
      "schema": {
       "type": "integer",
       "minimum": 1,
       "maximum": 100,
       "default": 20
      }
     },
     {
      "name": "cursor",
      "in": "query",
      "description": "next_cursor from the previous page",
      "schema": {
       "type": "string"
      }
     }
    ],
    "responses": {
     "200": {
      "description": "Articles naming the organization, newest first",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ArticlePage"
        }
       }
      }
     },
     "400": {
      "description": "Problem",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      }
     },
     "404": {
      "description": "Problem",
      "content": {
       "application/problem+json": {
        "schema": {
         "$ref": "#/components/schemas/Problem"
        }
       }
      }
     }
    }
   }
  }
 },
 "components": {
  "schemas": {
   "Problem": {
    "type": "object",
    "required": [
     "type",
     "title",
     "status",
     "detail"
    ],
    "properties": {
     "type": {
      "type": "string"
     },
     "title": {
      "type": "string"
     },
     "status": {
      "type": "integer"
     },
     "detail": {
      "type": "string"
     }
    }
   },
   "ArticleSubmission": {
    "type": "object",
    "properties": {
     "text": {
      "type": "string"
     },
     "html": {
      "type": "string"
     },
     "url": {
      "type": "string"
     },
     "source": {
      "type": "string"
     }
    },
    "description": "Exactly one of text or html."
   },
   "Mention": {
    "type": "object",
    "required": [
     "start",
     "end",
     "text"
    ],
    "properties": {
     "start": {
      "type": "integer"
     },
     "end": {
      "type": "integer"
     },
     "text": {
      "type": "string"
     }
    }
   },
   "ArticleOrganization": {
    "type": "object",
    "required": [
     "id",
     "name",
     "aliases",
     "salience",
     "mention_count",
     "mentions"
    ],
    "properties": {
     "id": {
      "type": [
       "integer",
       "null"
      ]
     },
     "name": {
      "type": "string"
     },
     "aliases": {
      "type": "array",
      "items": {
       "type": "string"
      }
     },
     "salience": {
      "type": "number"
     },
     "mention_count": {
      "type": "integer"
     },
     "mentions": {
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/Mention"
      }
     }
    }
   },
   "Article": {
    "type": "object",
    "required": [
     "id",
     "title",
     "authors",
     "source",
     "url",
     "published_at",
     "dateline",
     "language",
     "word_count",
     "content_sha256",
     "content_type",
     "created_at",
     "body",
     "text",
     "organizations"
    ],
    "properties": {
     "id": {
      "type": [
       "integer",
       "null"
      ]
     },
     "title": {
      "type": [
       "string",
       "null"
      ]
     },
     "authors": {
      "type": "array",
      "items": {
       "type": "string"
      }
     },
     "source": {
      "type": [
       "string",
       "null"
      ]
     },
     "url": {
      "type": [
       "string",
       "null"
      ]
     },
     "published_at": {
      "type": [
       "string",
       "null"
      ]
     },
     "dateline": {
      "type": [
       "string",
       "null"
      ]
     },
     "language": {
      "type": [
       "string",
       "null"
      ]
     },
     "word_count": {
      "type": "integer"
     },
     "content_sha256": {
      "type": "string"
     },
     "content_type": {
      "type": "string",
      "enum": [
       "text/plain",
       "text/html"
      ]
     },
     "created_at": {
      "type": [
       "string",
       "null"
      ]
     },
     "body": {
      "type": "string"
     },
     "text": {
      "type": "string"
     },
     "organizations": {
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/ArticleOrganization"
      }
     }
    }
   },
   "ArticleSummary": {
    "type": "object",
    "required": [
     "id",
     "title",
     "authors",
     "source",
     "url",
     "published_at",
     "created_at",
     "word_count",
     "organization_count"
    ],
    "properties": {
     "id": {
      "type": "integer"
     },
     "title": {
      "type": [
       "string",
       "null"
      ]
     },
     "authors": {
      "type": "array",
      "items": {
       "type": "string"
      }
     },
     "source": {
      "type": [
       "string",
       "null"
      ]
     },
     "url": {
      "type": [
       "string",
       "null"
      ]
     },
     "published_at": {
      "type": [
       "string",
       "null"
      ]
     },
     "created_at": {
      "type": "string"
     },
     "word_count": {
      "type": "integer"
     },
     "organization_count": {
      "type": "integer"
     }
    }
   },
   "ArticlePage": {
    "type": "object",
    "required": [
     "articles",
     "next_cursor"
    ],
    "properties": {
     "articles": {
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/ArticleSummary"
      }
     },
     "next_cursor": {
      "type": [
       "string",
       "null"
      ]
     }
    }
   },
   "Organization": {
    "type": "object",
    "required": [
     "id",
     "name",
     "aliases",
     "article_count",
     "mention_count"
    ],
    "properties": {
     "id": {
      "type": "integer"
     },
     "name": {
      "type": "string"
     },
     "aliases": {
      "type": "array",
      "items": {
       "type": "string"
      }
     },
     "article_count": {
      "type": "integer"
     },
     "mention_count": {
      "type": "integer"
     }
    }
   },
   "OrganizationPage": {
    "type": "object",
    "required": [
     "organizations",
     "next_cursor"
    ],
    "properties": {
     "organizations": {
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/Organization"
      }
     },
     "next_cursor": {
      "type": [
       "string",
       "null"
      ]
     }
    }
   },
   "OrganizationDetail": {
    "allOf": [
     {
      "$ref": "#/components/schemas/Organization"
     },
     {
      "type": "object",
      "required": [
       "co_mentioned"
      ],
      "properties": {
       "co_mentioned": {
        "type": "array",
        "items": {
         "allOf": [
          {
           "$ref": "#/components/schemas/Organization"
          },
          {
           "type": "object",
           "properties": {
            "shared_article_count": {
             "type": "integer"
            }
           }
          }
         ]
        }
       }
      }
     }
    ]
   }
  }
 }
}
"""#
}
