/// The API's OpenAPI 3.1 description, served at `/openapi.json`. Hand-written: keep it in step
/// with the controllers (a test checks every route is described).
enum OpenAPIDocument {
    static let json: StaticString = #"""
        {
          "openapi": "3.1.0",
          "info": {
            "title": "Hongshu API",
            "version": "1.0.0",
            "description": "Hongshu is an open-source social-commerce platform where people share notes about real life, discover and search what others share, and buy what they find."
          },
          "tags": [
            {
              "name": "Accounts",
              "description": "Signing up, in and out."
            },
            {
              "name": "Users",
              "description": "Profiles, their notes, followers and following."
            },
            {
              "name": "Notes",
              "description": "Publishing, reading, listing and deleting notes."
            },
            {
              "name": "Taxonomy",
              "description": "The interest taxonomy of tags."
            },
            {
              "name": "Commerce",
              "description": "Brands and their shops, products, the cart, orders and payments, promo codes and reviews."
            },
            {
              "name": "Operations",
              "description": "Health, metrics and this document."
            },
            {
              "name": "Search",
              "description": "Chinese-first search over notes, products, people and topics; completions; clicks; operators' analytics."
            },
            {
              "name": "Insights",
              "description": "The event log (what clients report), attribution of purchases to what led to them, brand reports."
            },
            {
              "name": "Discovery",
              "description": "The discovery feed (personal when signed in), following and nearby feeds, why a note is shown, \"not interested\", and interest profiles with onboarding picks."
            }
          ],
          "security": [
            {
              "bearerAuth": []
            }
          ],
          "paths": {
            "/api/v1/accounts": {
              "post": {
                "tags": [
                  "Accounts"
                ],
                "operationId": "signUp",
                "summary": "Create an account.",
                "description": "Creates an account. The handle is trimmed, matched case-insensitively and stored in lower case. Signing up does not sign in: call `POST /api/v1/sessions` next.",
                "security": [],
                "requestBody": {
                  "required": true,
                  "description": "The new account's handle, display name and password.",
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/NewAccount"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "The new account, with its (zero) counts.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/User"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest",
                    "description": "The body is not JSON of the expected shape (`request.malformed`)."
                  },
                  "409": {
                    "$ref": "#/components/responses/Conflict",
                    "description": "The handle is already taken (`account.handle_taken`)."
                  },
                  "413": {
                    "$ref": "#/components/responses/TooLarge"
                  },
                  "422": {
                    "$ref": "#/components/responses/Unprocessable",
                    "description": "A rule is broken: `account.handle_invalid`, `account.display_name_length` or `account.password_length`."
                  }
                }
              }
            },
            "/api/v1/sessions": {
              "post": {
                "tags": [
                  "Accounts"
                ],
                "operationId": "logIn",
                "summary": "Sign in and get a bearer token.",
                "description": "Checks the handle and password and opens an API session (30 days). The token is shown only once; send it as `Authorization: Bearer TOKEN`. Failed attempts are throttled per handle and per client address.",
                "security": [],
                "requestBody": {
                  "required": true,
                  "description": "The handle and password.",
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/Credentials"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "The new session: its token, when it expires, and who it belongs to.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Session"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest",
                    "description": "The body is not JSON of the expected shape (`request.malformed`)."
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized",
                    "description": "The handle and password do not match (`session.invalid_credentials`)."
                  },
                  "413": {
                    "$ref": "#/components/responses/TooLarge"
                  },
                  "429": {
                    "$ref": "#/components/responses/TooManyRequests",
                    "description": "Too many failed sign-ins (`session.too_many_attempts`); try again after `Retry-After` seconds."
                  }
                }
              }
            },
            "/api/v1/sessions/current": {
              "delete": {
                "tags": [
                  "Accounts"
                ],
                "operationId": "logOut",
                "summary": "Sign out, ending the session of the bearer token.",
                "responses": {
                  "204": {
                    "description": "The session is ended; the token no longer works."
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  }
                }
              }
            },
            "/api/v1/me": {
              "get": {
                "tags": [
                  "Accounts"
                ],
                "operationId": "getMe",
                "summary": "Get the signed-in user, with their counts.",
                "responses": {
                  "200": {
                    "description": "The signed-in user, with `stats` (no `followedByMe`).",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/User"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  }
                }
              }
            },
            "/api/v1/users/{id}": {
              "parameters": [
                {
                  "$ref": "#/components/parameters/UserId"
                }
              ],
              "get": {
                "tags": [
                  "Users"
                ],
                "operationId": "getUser",
                "summary": "Get a user's profile, with their counts.",
                "description": "Public. When the request carries a valid bearer token, `followedByMe` tells whether the caller follows this user; otherwise it is absent.",
                "security": [],
                "responses": {
                  "200": {
                    "description": "The user, with `stats`.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/User"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest",
                    "description": "The id is not a positive 64-bit decimal number (`request.bad_id`)."
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound",
                    "description": "No such user (`user.not_found`)."
                  }
                }
              }
            },
            "/api/v1/users/{id}/notes": {
              "parameters": [
                {
                  "$ref": "#/components/parameters/UserId"
                }
              ],
              "get": {
                "tags": [
                  "Users"
                ],
                "operationId": "listUserNotes",
                "summary": "List a user's notes, newest first.",
                "security": [],
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Limit"
                  },
                  {
                    "$ref": "#/components/parameters/Cursor"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "A page of the user's notes.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/NoteList"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest",
                    "description": "A bad id (`request.bad_id`), `limit` (`request.bad_parameter`) or `cursor` (`cursor.invalid`)."
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound",
                    "description": "No such user (`user.not_found`)."
                  }
                }
              }
            },
            "/api/v1/users/{id}/followers": {
              "parameters": [
                {
                  "$ref": "#/components/parameters/UserId"
                }
              ],
              "get": {
                "tags": [
                  "Users"
                ],
                "operationId": "listFollowers",
                "summary": "List who follows a user, most recent first.",
                "security": [],
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Limit"
                  },
                  {
                    "$ref": "#/components/parameters/Cursor"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "A page of followers; `user` in each item is the follower.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/FollowList"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest",
                    "description": "A bad id (`request.bad_id`), `limit` (`request.bad_parameter`) or `cursor` (`cursor.invalid`)."
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound",
                    "description": "No such user (`user.not_found`)."
                  }
                }
              }
            },
            "/api/v1/users/{id}/following": {
              "parameters": [
                {
                  "$ref": "#/components/parameters/UserId"
                }
              ],
              "get": {
                "tags": [
                  "Users"
                ],
                "operationId": "listFollowing",
                "summary": "List whom a user follows, most recent first.",
                "security": [],
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Limit"
                  },
                  {
                    "$ref": "#/components/parameters/Cursor"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "A page of followed users; `user` in each item is the one followed.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/FollowList"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest",
                    "description": "A bad id (`request.bad_id`), `limit` (`request.bad_parameter`) or `cursor` (`cursor.invalid`)."
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound",
                    "description": "No such user (`user.not_found`)."
                  }
                }
              }
            },
            "/api/v1/users/{id}/follow": {
              "parameters": [
                {
                  "$ref": "#/components/parameters/UserId"
                }
              ],
              "post": {
                "tags": [
                  "Users"
                ],
                "operationId": "followUser",
                "summary": "Follow a user (idempotent).",
                "responses": {
                  "200": {
                    "description": "The caller now follows the user; `followers` is the user's new follower count.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/FollowState"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest",
                    "description": "The id is not a positive 64-bit decimal number (`request.bad_id`)."
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound",
                    "description": "No such user (`user.not_found`)."
                  },
                  "422": {
                    "$ref": "#/components/responses/Unprocessable",
                    "description": "You cannot follow yourself (`follow.self`)."
                  }
                }
              },
              "delete": {
                "tags": [
                  "Users"
                ],
                "operationId": "unfollowUser",
                "summary": "Stop following a user (idempotent).",
                "responses": {
                  "200": {
                    "description": "The caller no longer follows the user; `followers` is the user's new follower count.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/FollowState"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest",
                    "description": "The id is not a positive 64-bit decimal number (`request.bad_id`)."
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound",
                    "description": "No such user (`user.not_found`)."
                  }
                }
              }
            },
            "/api/v1/notes": {
              "get": {
                "tags": [
                  "Notes"
                ],
                "operationId": "listLatestNotes",
                "summary": "List the latest notes from everyone, newest first.",
                "security": [],
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Limit"
                  },
                  {
                    "$ref": "#/components/parameters/Cursor"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "A page of notes.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/NoteList"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest",
                    "description": "A bad `limit` (`request.bad_parameter`) or `cursor` (`cursor.invalid`)."
                  }
                }
              },
              "post": {
                "tags": [
                  "Notes"
                ],
                "operationId": "publishNote",
                "summary": "Publish a note as the signed-in user.",
                "description": "Validates and publishes a note. The title and body are trimmed; repeated tag ids are dropped; `#hashtags` in the body are added to the topics; users `@mentioned` in the body who exist (other than the author) become `mentions`. The first rule broken is reported.",
                "requestBody": {
                  "required": true,
                  "description": "The note to publish.",
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/NewNote"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "The published note.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Note"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest",
                    "description": "The body is not JSON of the expected shape (`request.malformed`), or an entry of `tagIds` or `productIds` is not an id (`request.bad_id`)."
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "413": {
                    "$ref": "#/components/responses/TooLarge"
                  },
                  "422": {
                    "$ref": "#/components/responses/Unprocessable",
                    "description": "A rule is broken: `note.title_length`, `note.body_length`, `note.too_many_tags`, `note.unknown_tag`, `note.too_many_topics`, `note.topic_invalid`, `note.too_many_media`, `note.media_invalid`, `note.place_invalid`, `note.too_many_products` or `note.product_unavailable`."
                  }
                }
              }
            },
            "/api/v1/notes/{id}": {
              "parameters": [
                {
                  "$ref": "#/components/parameters/NoteId"
                }
              ],
              "get": {
                "tags": [
                  "Notes"
                ],
                "operationId": "getNote",
                "summary": "Get a note.",
                "security": [],
                "responses": {
                  "200": {
                    "description": "The note.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Note"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest",
                    "description": "The id is not a positive 64-bit decimal number (`request.bad_id`)."
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound",
                    "description": "No such note, or it was deleted (`note.not_found`)."
                  }
                }
              },
              "delete": {
                "tags": [
                  "Notes"
                ],
                "operationId": "deleteNote",
                "summary": "Delete one of your own notes.",
                "responses": {
                  "204": {
                    "description": "The note is deleted and disappears from every read."
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest",
                    "description": "The id is not a positive 64-bit decimal number (`request.bad_id`)."
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden",
                    "description": "The note is someone else's (`note.not_author`)."
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound",
                    "description": "No such note, or it was already deleted (`note.not_found`)."
                  }
                }
              }
            },
            "/api/v1/tags": {
              "get": {
                "tags": [
                  "Taxonomy"
                ],
                "operationId": "listTags",
                "summary": "Browse the interest taxonomy by parent, or search tags by name.",
                "description": "With `q`, the tags whose Chinese or English name contains it (case-insensitive, at most 20; `parent` is then ignored, and an empty `q` finds nothing). Otherwise the children of `parent` in taxonomy order, or the top-level categories without it. Not paged: `nextCursor` is always null.",
                "security": [],
                "parameters": [
                  {
                    "name": "parent",
                    "in": "query",
                    "required": false,
                    "description": "List the children of this tag. Empty means absent.",
                    "schema": {
                      "$ref": "#/components/schemas/Id"
                    }
                  },
                  {
                    "name": "q",
                    "in": "query",
                    "required": false,
                    "description": "Text to find in tag names, in Chinese or English (trimmed; the first 40 characters are used).",
                    "schema": {
                      "type": "string"
                    }
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The matching tags.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/TagList"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest",
                    "description": "`parent` is not a positive 64-bit decimal number (`request.bad_id`)."
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound",
                    "description": "No such parent tag (`tag.not_found`)."
                  }
                }
              }
            },
            "/api/v1/tags/{id}": {
              "parameters": [
                {
                  "$ref": "#/components/parameters/TagId"
                }
              ],
              "get": {
                "tags": [
                  "Taxonomy"
                ],
                "operationId": "getTag",
                "summary": "Get a tag and its direct children.",
                "security": [],
                "responses": {
                  "200": {
                    "description": "The tag and its children in taxonomy order.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/TagDetail"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest",
                    "description": "The id is not a positive 64-bit decimal number (`request.bad_id`)."
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound",
                    "description": "No such tag (`tag.not_found`)."
                  }
                }
              }
            },
            "/healthz": {
              "get": {
                "tags": [
                  "Operations"
                ],
                "operationId": "getHealth",
                "summary": "Check that the server is up.",
                "security": [],
                "responses": {
                  "200": {
                    "description": "The server is up.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Health"
                        }
                      }
                    }
                  }
                }
              }
            },
            "/openapi.json": {
              "get": {
                "tags": [
                  "Operations"
                ],
                "operationId": "getOpenAPIDocument",
                "summary": "Get this OpenAPI 3.1 description of the API.",
                "security": [],
                "responses": {
                  "200": {
                    "description": "This document.",
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
            "/metrics": {
              "get": {
                "tags": [
                  "Operations"
                ],
                "operationId": "getMetrics",
                "summary": "Get the server's metrics in the Prometheus text exposition format.",
                "security": [],
                "responses": {
                  "200": {
                    "description": "The metrics, in the Prometheus text exposition format.",
                    "content": {
                      "text/plain": {
                        "schema": {
                          "type": "string"
                        }
                      }
                    }
                  }
                }
              }
            },
            "/api/v1/tags/{id}/notes": {
              "parameters": [
                {
                  "$ref": "#/components/parameters/TagId"
                }
              ],
              "get": {
                "tags": [
                  "Tags"
                ],
                "operationId": "listTaggedNotes",
                "summary": "List the notes under a tag and every tag beneath it, newest first.",
                "security": [],
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Limit"
                  },
                  {
                    "$ref": "#/components/parameters/Cursor"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "A page of notes.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/NoteList"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest",
                    "description": "A bad id (`request.bad_id`), `limit` (`request.bad_parameter`) or `cursor` (`cursor.invalid`)."
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound",
                    "description": "No such tag (`tag.not_found`)."
                  }
                }
              }
            },
            "/api/v1/notes/{id}/like": {
              "parameters": [
                {
                  "$ref": "#/components/parameters/NoteId"
                }
              ],
              "post": {
                "tags": [
                  "Engagement"
                ],
                "operationId": "likeNote",
                "summary": "Like a note (idempotent).",
                "responses": {
                  "200": {
                    "description": "The like state and exact count.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/LikeState"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound",
                    "description": "No such note, or it was deleted (`note.not_found`)."
                  }
                }
              },
              "delete": {
                "tags": [
                  "Engagement"
                ],
                "operationId": "unlikeNote",
                "summary": "Take back a like (idempotent).",
                "responses": {
                  "200": {
                    "description": "The like state and exact count.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/LikeState"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                }
              }
            },
            "/api/v1/notes/{id}/collect": {
              "parameters": [
                {
                  "$ref": "#/components/parameters/NoteId"
                }
              ],
              "post": {
                "tags": [
                  "Engagement"
                ],
                "operationId": "collectNote",
                "summary": "Save a note into one of your boards (the default board without a body).",
                "requestBody": {
                  "required": false,
                  "content": {
                    "application/json": {
                      "schema": {
                        "type": "object",
                        "properties": {
                          "boardId": {
                            "$ref": "#/components/schemas/Id"
                          }
                        }
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The collect state.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/CollectState"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden",
                    "description": "Someone else's board (`board.not_owner`)."
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound",
                    "description": "No such note (`note.not_found`) or board (`board.not_found`)."
                  }
                }
              },
              "delete": {
                "tags": [
                  "Engagement"
                ],
                "operationId": "uncollectNote",
                "summary": "Take a note out of one board (`?boardId=`) or all your boards.",
                "parameters": [
                  {
                    "name": "boardId",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "$ref": "#/components/schemas/Id"
                    }
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The collect state.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/CollectState"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                }
              }
            },
            "/api/v1/boards": {
              "post": {
                "tags": [
                  "Engagement"
                ],
                "operationId": "createBoard",
                "summary": "Make a named board.",
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/NewBoard"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "The new board.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Board"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "409": {
                    "$ref": "#/components/responses/Conflict",
                    "description": "You already have a board with this name (`board.name_taken`)."
                  },
                  "422": {
                    "$ref": "#/components/responses/Unprocessable",
                    "description": "The name is empty or too long (`board.name_length`)."
                  }
                }
              }
            },
            "/api/v1/me/boards": {
              "get": {
                "tags": [
                  "Engagement"
                ],
                "operationId": "listMyBoards",
                "summary": "Your boards, default first.",
                "responses": {
                  "200": {
                    "description": "Your boards.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/BoardList"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  }
                }
              }
            },
            "/api/v1/boards/{id}": {
              "parameters": [
                {
                  "$ref": "#/components/parameters/BoardId"
                }
              ],
              "get": {
                "tags": [
                  "Engagement"
                ],
                "operationId": "getBoard",
                "summary": "A board and a page of its notes, most recently saved first (private boards only for their owner).",
                "security": [],
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Limit"
                  },
                  {
                    "$ref": "#/components/parameters/Cursor"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The board and its notes.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/BoardDetail"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound",
                    "description": "No such board, or a private board of someone else (`board.not_found`)."
                  }
                }
              }
            },
            "/api/v1/users/{id}/boards": {
              "parameters": [
                {
                  "$ref": "#/components/parameters/UserId"
                }
              ],
              "get": {
                "tags": [
                  "Engagement"
                ],
                "operationId": "listUserBoards",
                "summary": "A user's boards you may see: all of them for yourself, public ones for others.",
                "security": [],
                "responses": {
                  "200": {
                    "description": "The boards.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/BoardList"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  }
                }
              }
            },
            "/api/v1/notes/{id}/comments": {
              "parameters": [
                {
                  "$ref": "#/components/parameters/NoteId"
                }
              ],
              "get": {
                "tags": [
                  "Comments"
                ],
                "operationId": "listComments",
                "summary": "A note's top comments, hottest first (recency lifted by likes), each with its first replies; the pinned one apart.",
                "security": [],
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Limit"
                  },
                  {
                    "$ref": "#/components/parameters/Cursor"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "A page of comments.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/CommentPage"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound",
                    "description": "No such note (`note.not_found`)."
                  }
                }
              },
              "post": {
                "tags": [
                  "Comments"
                ],
                "operationId": "postComment",
                "summary": "Comment on a note, or reply to a comment on it.",
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/NewComment"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "The comment.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Comment"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound",
                    "description": "No such note (`note.not_found`) or parent comment (`comment.not_found`)."
                  },
                  "422": {
                    "$ref": "#/components/responses/Unprocessable",
                    "description": "Empty or over 500 characters (`comment.body_length`), or the parent is on another note (`comment.parent_mismatch`)."
                  }
                }
              }
            },
            "/api/v1/comments/{id}/replies": {
              "parameters": [
                {
                  "$ref": "#/components/parameters/CommentId"
                }
              ],
              "get": {
                "tags": [
                  "Comments"
                ],
                "operationId": "listReplies",
                "summary": "Replies filed under a top comment, oldest first.",
                "security": [],
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Limit"
                  },
                  {
                    "$ref": "#/components/parameters/Cursor"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "A page of replies.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/CommentList"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                }
              }
            },
            "/api/v1/comments/{id}": {
              "parameters": [
                {
                  "$ref": "#/components/parameters/CommentId"
                }
              ],
              "delete": {
                "tags": [
                  "Comments"
                ],
                "operationId": "deleteComment",
                "summary": "Delete a comment (its author or the note's author); a thread keeps a placeholder while it has replies.",
                "responses": {
                  "204": {
                    "description": "Done."
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden",
                    "description": "Not yours, nor on your note (`comment.not_allowed`)."
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                }
              }
            },
            "/api/v1/comments/{id}/like": {
              "parameters": [
                {
                  "$ref": "#/components/parameters/CommentId"
                }
              ],
              "post": {
                "tags": [
                  "Comments"
                ],
                "operationId": "likeComment",
                "summary": "Like a comment (idempotent).",
                "responses": {
                  "200": {
                    "description": "The like state.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/LikeState"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                }
              },
              "delete": {
                "tags": [
                  "Comments"
                ],
                "operationId": "unlikeComment",
                "summary": "Take back a like on a comment.",
                "responses": {
                  "200": {
                    "description": "The like state.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/LikeState"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                }
              }
            },
            "/api/v1/comments/{id}/pin": {
              "parameters": [
                {
                  "$ref": "#/components/parameters/CommentId"
                }
              ],
              "post": {
                "tags": [
                  "Comments"
                ],
                "operationId": "pinComment",
                "summary": "Pin a top comment on your own note (replacing any pinned before).",
                "responses": {
                  "204": {
                    "description": "Done."
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden",
                    "description": "Not your note (`note.not_author`)."
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "422": {
                    "$ref": "#/components/responses/Unprocessable"
                  }
                }
              },
              "delete": {
                "tags": [
                  "Comments"
                ],
                "operationId": "unpinComment",
                "summary": "Unpin the comment on your own note.",
                "responses": {
                  "204": {
                    "description": "Done."
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                }
              }
            },
            "/api/v1/notes/{id}/shares": {
              "parameters": [
                {
                  "$ref": "#/components/parameters/NoteId"
                }
              ],
              "post": {
                "tags": [
                  "Engagement"
                ],
                "operationId": "shareNote",
                "summary": "Share a note as a link or in the app to another person.",
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/NewShare"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "The share and the note's share count.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Share"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound",
                    "description": "No such note (`note.not_found`) or recipient (`user.not_found`)."
                  },
                  "422": {
                    "$ref": "#/components/responses/Unprocessable",
                    "description": "A missing or self recipient (`share.recipient_required`), or one on a link share (`share.recipient_not_allowed`)."
                  }
                }
              }
            },
            "/api/v1/users/{id}/block": {
              "parameters": [
                {
                  "$ref": "#/components/parameters/UserId"
                }
              ],
              "post": {
                "tags": [
                  "Users"
                ],
                "operationId": "blockUser",
                "summary": "Block someone: follows between you end, and they cannot follow you, comment on your notes or comments, or mention you.",
                "responses": {
                  "204": {
                    "description": "Blocked."
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "422": {
                    "$ref": "#/components/responses/Unprocessable",
                    "description": "You cannot block yourself (`block.self`)."
                  }
                }
              },
              "delete": {
                "tags": [
                  "Users"
                ],
                "operationId": "unblockUser",
                "summary": "Unblock someone.",
                "responses": {
                  "204": {
                    "description": "Unblocked."
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  }
                }
              }
            },
            "/api/v1/me/blocks": {
              "get": {
                "tags": [
                  "Users"
                ],
                "operationId": "listMyBlocks",
                "summary": "The people you have blocked, most recent first.",
                "responses": {
                  "200": {
                    "description": "The people.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "type": "object",
                          "required": [
                            "items",
                            "nextCursor"
                          ],
                          "properties": {
                            "items": {
                              "type": "array",
                              "items": {
                                "$ref": "#/components/schemas/UserSummary"
                              }
                            },
                            "nextCursor": {
                              "type": [
                                "string",
                                "null"
                              ]
                            }
                          }
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  }
                }
              }
            },
            "/api/v1/notifications": {
              "get": {
                "tags": [
                  "Notifications"
                ],
                "operationId": "listNotifications",
                "summary": "Your notifications, most recent first.",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Limit"
                  },
                  {
                    "$ref": "#/components/parameters/Cursor"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "A page of notifications.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "type": "object",
                          "required": [
                            "items",
                            "nextCursor"
                          ],
                          "properties": {
                            "items": {
                              "type": "array",
                              "items": {
                                "$ref": "#/components/schemas/Notice"
                              }
                            },
                            "nextCursor": {
                              "type": [
                                "string",
                                "null"
                              ]
                            }
                          }
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  }
                }
              }
            },
            "/api/v1/notifications/unread": {
              "get": {
                "tags": [
                  "Notifications"
                ],
                "operationId": "countUnread",
                "summary": "How many notifications you have not read.",
                "responses": {
                  "200": {
                    "description": "The count.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Unread"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  }
                }
              }
            },
            "/api/v1/notifications/read": {
              "post": {
                "tags": [
                  "Notifications"
                ],
                "operationId": "markNotificationsRead",
                "summary": "Mark all your notifications read.",
                "responses": {
                  "200": {
                    "description": "The count after (0).",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Unread"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  }
                }
              }
            },
            "/api/v1/brands": {
              "get": {
                "tags": [
                  "Commerce"
                ],
                "operationId": "listBrands",
                "summary": "Every brand (shop), by name.",
                "description": "A shop directory. Not paged: `nextCursor` is always null.",
                "security": [],
                "responses": {
                  "200": {
                    "description": "Every brand, at most 100, without `myRole`.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/BrandList"
                        }
                      }
                    }
                  }
                }
              },
              "post": {
                "tags": [
                  "Commerce"
                ],
                "operationId": "createBrand",
                "summary": "Create a brand, with yourself as its owner.",
                "requestBody": {
                  "required": true,
                  "description": "The brand's name and shop description.",
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/NewBrand"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "The new brand, with `myRole` `owner`.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Brand"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest",
                    "description": "The body is not JSON of the expected shape (`request.malformed`)."
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "409": {
                    "$ref": "#/components/responses/Conflict",
                    "description": "A brand with this name exists (`brand.name_taken`)."
                  },
                  "413": {
                    "$ref": "#/components/responses/TooLarge"
                  },
                  "422": {
                    "$ref": "#/components/responses/Unprocessable",
                    "description": "A rule is broken: `brand.name_invalid` or `brand.description_too_long`."
                  }
                }
              }
            },
            "/api/v1/brands/{id}": {
              "parameters": [
                {
                  "$ref": "#/components/parameters/BrandId"
                }
              ],
              "get": {
                "tags": [
                  "Commerce"
                ],
                "operationId": "getBrand",
                "summary": "Get a brand.",
                "security": [],
                "responses": {
                  "200": {
                    "description": "The brand; `myRole` when the signed-in caller is a member.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Brand"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest",
                    "description": "The id is not a positive 64-bit decimal number (`request.bad_id`)."
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound",
                    "description": "No such brand (`brand.not_found`)."
                  }
                }
              },
              "patch": {
                "tags": [
                  "Commerce"
                ],
                "operationId": "updateBrand",
                "summary": "Rename a brand or change its shop description (members only).",
                "description": "Both fields are replaced: an absent `description` clears it.",
                "requestBody": {
                  "required": true,
                  "description": "The fields to change: name and shop description; those left out keep their values.",
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/BrandChanges"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The brand as changed, with your `myRole`.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Brand"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest",
                    "description": "The body is not JSON of the expected shape (`request.malformed`), or the id is not a positive 64-bit decimal number (`request.bad_id`)."
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden",
                    "description": "You are not a member of the brand (`brand.not_member`)."
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound",
                    "description": "No such brand (`brand.not_found`)."
                  },
                  "409": {
                    "$ref": "#/components/responses/Conflict",
                    "description": "Another brand has this name (`brand.name_taken`)."
                  },
                  "413": {
                    "$ref": "#/components/responses/TooLarge"
                  },
                  "422": {
                    "$ref": "#/components/responses/Unprocessable",
                    "description": "A rule is broken: `brand.name_invalid` or `brand.description_too_long`."
                  }
                }
              }
            },
            "/api/v1/brands/{id}/products": {
              "parameters": [
                {
                  "$ref": "#/components/parameters/BrandId"
                }
              ],
              "get": {
                "tags": [
                  "Commerce"
                ],
                "operationId": "listBrandProducts",
                "summary": "A shop's products, newest first.",
                "description": "Active products for everyone; the brand's signed-in members also see drafts and archived products.",
                "security": [],
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Limit"
                  },
                  {
                    "$ref": "#/components/parameters/Cursor"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "A page of the shop's products.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ProductList"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest",
                    "description": "A bad id (`request.bad_id`), `limit` (`request.bad_parameter`) or `cursor` (`cursor.invalid`)."
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound",
                    "description": "No such brand (`brand.not_found`)."
                  }
                }
              },
              "post": {
                "tags": [
                  "Commerce"
                ],
                "operationId": "createProduct",
                "summary": "List a product in a brand's shop (members only).",
                "requestBody": {
                  "required": true,
                  "description": "The product and its variants.",
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/NewProduct"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "The new product.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Product"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest",
                    "description": "The body is not JSON of the expected shape (`request.malformed`, also for an unknown `status` or media `kind`), an id or an entry of `tagIds` is not an id (`request.bad_id`), or a price's currency is not three letters (`request.bad_parameter`)."
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden",
                    "description": "You are not a member of the brand (`brand.not_member`)."
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound",
                    "description": "No such brand (`brand.not_found`)."
                  },
                  "413": {
                    "$ref": "#/components/responses/TooLarge"
                  },
                  "422": {
                    "$ref": "#/components/responses/Unprocessable",
                    "description": "A rule is broken: `product.name_invalid`, `product.description_too_long`, `product.too_many_tags`, `product.unknown_tag`, `product.too_many_media`, `product.media_invalid`, `product.sku_count`, `product.attributes_invalid`, `product.price_invalid`, `product.stock_invalid` or `product.currency_mismatch`."
                  }
                }
              }
            },
            "/api/v1/me/brands": {
              "get": {
                "tags": [
                  "Commerce"
                ],
                "operationId": "listMyBrands",
                "summary": "The brands you are a member of, by name.",
                "responses": {
                  "200": {
                    "description": "Your brands, each with your `myRole`. Not paged: `nextCursor` is always null.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/BrandList"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  }
                }
              }
            },
            "/api/v1/brands/{id}/members": {
              "parameters": [
                {
                  "$ref": "#/components/parameters/BrandId"
                }
              ],
              "get": {
                "tags": [
                  "Commerce"
                ],
                "operationId": "listBrandMembers",
                "summary": "A brand's members, owners first (members only).",
                "responses": {
                  "200": {
                    "description": "The members. Not paged: `nextCursor` is always null.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/BrandMemberList"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest",
                    "description": "The id is not a positive 64-bit decimal number (`request.bad_id`)."
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden",
                    "description": "You are not a member of the brand (`brand.not_member`)."
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound",
                    "description": "No such brand (`brand.not_found`)."
                  }
                }
              }
            },
            "/api/v1/brands/{id}/members/{userId}": {
              "parameters": [
                {
                  "$ref": "#/components/parameters/BrandId"
                },
                {
                  "$ref": "#/components/parameters/MemberUserId"
                }
              ],
              "put": {
                "tags": [
                  "Commerce"
                ],
                "operationId": "setBrandMember",
                "summary": "Add a member to a brand or change their role (owners only).",
                "requestBody": {
                  "required": true,
                  "description": "The member's role.",
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/MemberRole"
                      }
                    }
                  }
                },
                "responses": {
                  "204": {
                    "description": "The user is a member with this role."
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest",
                    "description": "The body is not JSON of the expected shape, or the role is not `owner` or `staff` (`request.malformed`); an id is not a positive 64-bit decimal number (`request.bad_id`)."
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden",
                    "description": "You are not an owner of the brand (`brand.not_owner`)."
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound",
                    "description": "No such user (`user.not_found`) or brand (`brand.not_found`)."
                  },
                  "409": {
                    "$ref": "#/components/responses/Conflict",
                    "description": "This would leave the brand without an owner (`brand.last_owner`)."
                  },
                  "413": {
                    "$ref": "#/components/responses/TooLarge"
                  }
                }
              },
              "delete": {
                "tags": [
                  "Commerce"
                ],
                "operationId": "removeBrandMember",
                "summary": "Remove a member from a brand (owners only; idempotent).",
                "responses": {
                  "204": {
                    "description": "The user is not a member of the brand (any more)."
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest",
                    "description": "An id is not a positive 64-bit decimal number (`request.bad_id`)."
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden",
                    "description": "You are not an owner of the brand (`brand.not_owner`)."
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound",
                    "description": "No such brand (`brand.not_found`)."
                  },
                  "409": {
                    "$ref": "#/components/responses/Conflict",
                    "description": "The user is the brand's last owner (`brand.last_owner`)."
                  }
                }
              }
            },
            "/api/v1/brands/{id}/orders": {
              "parameters": [
                {
                  "$ref": "#/components/parameters/BrandId"
                }
              ],
              "get": {
                "tags": [
                  "Commerce"
                ],
                "operationId": "listBrandOrders",
                "summary": "A shop's orders, newest first (members only).",
                "parameters": [
                  {
                    "name": "status",
                    "in": "query",
                    "required": false,
                    "description": "Only orders in these states: one or more of `pending`, `paid`, `shipped`, `delivered`, `completed`, `cancelled`, `refund_requested` and `refunded`, separated by commas (`paid,shipped`). Empty means every state; any other word gives 400 `request.bad_parameter`.",
                    "schema": {
                      "type": "string"
                    },
                    "example": "paid,refund_requested"
                  },
                  {
                    "$ref": "#/components/parameters/Limit"
                  },
                  {
                    "$ref": "#/components/parameters/Cursor"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "A page of the shop's orders.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/OrderList"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest",
                    "description": "A bad id (`request.bad_id`), `status` or `limit` (`request.bad_parameter`), or `cursor` (`cursor.invalid`)."
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden",
                    "description": "You are not a member of the brand (`brand.not_member`)."
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound",
                    "description": "No such brand (`brand.not_found`)."
                  }
                }
              }
            },
            "/api/v1/brands/{id}/promos": {
              "parameters": [
                {
                  "$ref": "#/components/parameters/BrandId"
                }
              ],
              "get": {
                "tags": [
                  "Commerce"
                ],
                "operationId": "listPromos",
                "summary": "A brand's promo codes with their use so far, newest first (members only).",
                "responses": {
                  "200": {
                    "description": "The promo codes. Not paged: `nextCursor` is always null.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/PromoList"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest",
                    "description": "The id is not a positive 64-bit decimal number (`request.bad_id`)."
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden",
                    "description": "You are not a member of the brand (`brand.not_member`)."
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound",
                    "description": "No such brand (`brand.not_found`)."
                  }
                }
              },
              "post": {
                "tags": [
                  "Commerce"
                ],
                "operationId": "createPromo",
                "summary": "Create a promo code for a brand (members only).",
                "requestBody": {
                  "required": true,
                  "description": "The code and its discount.",
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/NewPromo"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "The new promo code.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Promo"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest",
                    "description": "The body is not JSON of the expected shape (`request.malformed`), an id or `creatorId` is not an id (`request.bad_id`), both or neither of `percentOff` and `amountOff` are given, or `amountOff` has a bad currency (`request.bad_parameter`)."
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden",
                    "description": "You are not a member of the brand (`brand.not_member`)."
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound",
                    "description": "No such brand (`brand.not_found`)."
                  },
                  "409": {
                    "$ref": "#/components/responses/Conflict",
                    "description": "The brand already has this code (`promo.code_taken`)."
                  },
                  "413": {
                    "$ref": "#/components/responses/TooLarge"
                  },
                  "422": {
                    "$ref": "#/components/responses/Unprocessable",
                    "description": "A rule is broken: `promo.code_invalid`, `promo.discount_invalid`, `promo.limit_invalid`, `promo.expiry_invalid` or `promo.creator_not_found`."
                  }
                }
              }
            },
            "/api/v1/products": {
              "get": {
                "tags": [
                  "Commerce"
                ],
                "operationId": "listProducts",
                "summary": "Every shop's active products, newest first.",
                "security": [],
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Limit"
                  },
                  {
                    "$ref": "#/components/parameters/Cursor"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "A page of products (without `rating`).",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ProductList"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest",
                    "description": "A bad `limit` (`request.bad_parameter`) or `cursor` (`cursor.invalid`)."
                  }
                }
              }
            },
            "/api/v1/products/{id}": {
              "parameters": [
                {
                  "$ref": "#/components/parameters/ProductId"
                }
              ],
              "get": {
                "tags": [
                  "Commerce"
                ],
                "operationId": "getProduct",
                "summary": "Get a product with its rating.",
                "description": "Active products for everyone; drafts and archived products only for the brand's signed-in members. Viewing a product is a `product_view` event.",
                "security": [],
                "responses": {
                  "200": {
                    "description": "The product, with `rating`.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Product"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest",
                    "description": "The id is not a positive 64-bit decimal number (`request.bad_id`)."
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound",
                    "description": "No such product, or one that is not active and the caller is not a member of its brand (`product.not_found`)."
                  }
                }
              },
              "patch": {
                "tags": [
                  "Commerce"
                ],
                "operationId": "updateProduct",
                "summary": "Change a product's name, description, status, tags, media and stock policy (members of its brand only).",
                "description": "Every field is replaced, as when listing: an absent `description`, `tagIds` or `media` becomes empty, an absent `status` becomes `active`, and an absent `restockOnRefund` becomes true. The variants stay as they are.",
                "requestBody": {
                  "required": true,
                  "description": "The product's new fields.",
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/ProductChanges"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The product as changed (without `rating`).",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Product"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest",
                    "description": "The body is not JSON of the expected shape (`request.malformed`, also for an unknown `status` or media `kind`), or an id or an entry of `tagIds` is not an id (`request.bad_id`)."
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden",
                    "description": "You are not a member of the brand (`brand.not_member`)."
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound",
                    "description": "No such product (`product.not_found`)."
                  },
                  "413": {
                    "$ref": "#/components/responses/TooLarge"
                  },
                  "422": {
                    "$ref": "#/components/responses/Unprocessable",
                    "description": "A rule is broken: `product.name_invalid`, `product.description_too_long`, `product.too_many_tags`, `product.unknown_tag`, `product.too_many_media` or `product.media_invalid`."
                  }
                }
              }
            },
            "/api/v1/products/{id}/reviews": {
              "parameters": [
                {
                  "$ref": "#/components/parameters/ProductId"
                }
              ],
              "get": {
                "tags": [
                  "Commerce"
                ],
                "operationId": "listProductReviews",
                "summary": "A product's reviews, newest first.",
                "security": [],
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Limit"
                  },
                  {
                    "$ref": "#/components/parameters/Cursor"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "A page of reviews, each with its note.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ReviewList"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest",
                    "description": "A bad id (`request.bad_id`), `limit` (`request.bad_parameter`) or `cursor` (`cursor.invalid`)."
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound",
                    "description": "No such product, or one the caller may not see (`product.not_found`)."
                  }
                }
              }
            },
            "/api/v1/products/{id}/notes": {
              "parameters": [
                {
                  "$ref": "#/components/parameters/ProductId"
                }
              ],
              "get": {
                "tags": [
                  "Commerce"
                ],
                "operationId": "listProductNotes",
                "summary": "The notes that show a product's card, newest first.",
                "security": [],
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Limit"
                  },
                  {
                    "$ref": "#/components/parameters/Cursor"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "A page of notes.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/NoteList"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest",
                    "description": "A bad id (`request.bad_id`), `limit` (`request.bad_parameter`) or `cursor` (`cursor.invalid`)."
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound",
                    "description": "No such product, or one the caller may not see (`product.not_found`)."
                  }
                }
              }
            },
            "/api/v1/notes/{id}/products/{productId}/click": {
              "parameters": [
                {
                  "$ref": "#/components/parameters/NoteId"
                },
                {
                  "$ref": "#/components/parameters/CardProductId"
                }
              ],
              "post": {
                "tags": [
                  "Commerce"
                ],
                "operationId": "clickNoteProduct",
                "summary": "Record a click on a product card under a note.",
                "description": "Call it when someone follows a product card under a note, before opening the product. Works without signing in; a signed-in caller is recorded as the clicker.",
                "security": [],
                "responses": {
                  "204": {
                    "description": "The click is recorded as a `product_click` event crediting the note and its author."
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest",
                    "description": "An id is not a positive 64-bit decimal number (`request.bad_id`)."
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound",
                    "description": "No such note (`note.not_found`), or the note does not show this product (`product.not_found`)."
                  }
                }
              }
            },
            "/api/v1/skus/{id}": {
              "parameters": [
                {
                  "$ref": "#/components/parameters/SKUId"
                }
              ],
              "patch": {
                "tags": [
                  "Commerce"
                ],
                "operationId": "updateSKU",
                "summary": "Set a variant's price and/or stock (members of its brand only).",
                "requestBody": {
                  "required": true,
                  "description": "The new price and/or stock.",
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/SKUChanges"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The product the variant belongs to, as changed (without `rating`).",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Product"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest",
                    "description": "The body is not JSON of the expected shape (`request.malformed`), the id is not an id (`request.bad_id`), or the price's currency is not three letters (`request.bad_parameter`)."
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden",
                    "description": "You are not a member of the brand (`brand.not_member`)."
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound",
                    "description": "No such SKU (`sku.not_found`)."
                  },
                  "413": {
                    "$ref": "#/components/responses/TooLarge"
                  },
                  "422": {
                    "$ref": "#/components/responses/Unprocessable",
                    "description": "A rule is broken: `product.price_invalid`, `product.currency_mismatch` or `product.stock_invalid`."
                  },
                  "409": {
                    "$ref": "#/components/responses/Conflict",
                    "description": "Units were sold while the stock was edited and the change would leave less than zero (`sku.stock_changed`); read the SKU again and retry."
                  }
                }
              }
            },
            "/api/v1/cart": {
              "get": {
                "tags": [
                  "Commerce"
                ],
                "operationId": "getCart",
                "summary": "Your cart, with today's prices and stock, grouped by shop.",
                "responses": {
                  "200": {
                    "description": "Your cart.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Cart"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  }
                }
              }
            },
            "/api/v1/cart/items/{skuId}": {
              "parameters": [
                {
                  "$ref": "#/components/parameters/CartSKUId"
                }
              ],
              "put": {
                "tags": [
                  "Commerce"
                ],
                "operationId": "setCartItem",
                "summary": "Set how many of a SKU your cart holds (0 removes it).",
                "description": "Adding checks that the product is on sale and that enough is in stock; adding or raising a quantity is an `add_to_cart` event. Setting 0 removes the item, and is not an error when it is not in the cart.",
                "requestBody": {
                  "required": true,
                  "description": "The quantity.",
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/CartQuantity"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "Your cart after the change.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Cart"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest",
                    "description": "The body is not JSON of the expected shape (`request.malformed`), or the id is not a positive 64-bit decimal number (`request.bad_id`)."
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound",
                    "description": "No such SKU (`sku.not_found`)."
                  },
                  "409": {
                    "$ref": "#/components/responses/Conflict",
                    "description": "Not that many in stock (`cart.over_stock`; the message says how many are left)."
                  },
                  "413": {
                    "$ref": "#/components/responses/TooLarge"
                  },
                  "422": {
                    "$ref": "#/components/responses/Unprocessable",
                    "description": "A rule is broken: `cart.quantity_invalid`, `cart.not_on_sale` (the product is not active) or `cart.full` (at most 50 different items)."
                  }
                }
              },
              "delete": {
                "tags": [
                  "Commerce"
                ],
                "operationId": "removeCartItem",
                "summary": "Take a SKU out of your cart (idempotent).",
                "description": "The same as setting the quantity to 0: removing a SKU that is not in the cart just returns the cart.",
                "responses": {
                  "200": {
                    "description": "Your cart after the change.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Cart"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest",
                    "description": "The id is not a positive 64-bit decimal number (`request.bad_id`)."
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  }
                }
              }
            },
            "/api/v1/orders": {
              "get": {
                "tags": [
                  "Commerce"
                ],
                "operationId": "listMyOrders",
                "summary": "Your orders, newest first.",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Limit"
                  },
                  {
                    "$ref": "#/components/parameters/Cursor"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "A page of your orders.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/OrderList"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest",
                    "description": "A bad `limit` (`request.bad_parameter`) or `cursor` (`cursor.invalid`)."
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  }
                }
              },
              "post": {
                "tags": [
                  "Commerce"
                ],
                "operationId": "placeOrder",
                "summary": "Check out: place an order for your cart, one shop's part of it, or a list of items.",
                "description": "Prices always come from the shop at this moment, never from the body; stock is reserved atomically, and a promo code of the shop is applied to the subtotal. Items bought from the cart are taken out of it. The `Idempotency-Key` makes retries safe: the same key with the same body returns the same order (201) and writes nothing new; with a different body it is refused (422 `idempotency.key_reused`). Placing an order is a `checkout` event.",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/IdempotencyKey"
                  }
                ],
                "requestBody": {
                  "required": false,
                  "description": "What to buy. Optional: no body (or `{}`) buys the whole cart.",
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/NewOrder"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "The pending order (the same order again when the key and body were already used). Pay it before `expiresAt`.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Order"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest",
                    "description": "The body is not JSON of the expected shape (`request.malformed`), `brandId` or an `items` `skuId` is not an id (`request.bad_id`), or the `Idempotency-Key` is missing (`idempotency.key_missing`) or malformed (`idempotency.key_invalid`)."
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound",
                    "description": "A SKU does not exist (`sku.not_found`)."
                  },
                  "409": {
                    "$ref": "#/components/responses/Conflict",
                    "description": "Not enough left in stock (`order.out_of_stock`), or the promo code was used up (`promo.used_up`). Nothing was written."
                  },
                  "413": {
                    "$ref": "#/components/responses/TooLarge"
                  },
                  "422": {
                    "$ref": "#/components/responses/Unprocessable",
                    "description": "A rule is broken: `order.nothing_to_buy`, `order.quantity_invalid`, `order.too_many_lines`, `order.multiple_shops`, `order.currency_mismatch`, `order.not_on_sale`, `promo.not_found`, `promo.expired`, `promo.currency_mismatch`, or the `Idempotency-Key` was used for a different order request (`idempotency.key_reused`)."
                  }
                }
              }
            },
            "/api/v1/orders/{id}": {
              "parameters": [
                {
                  "$ref": "#/components/parameters/OrderId"
                }
              ],
              "get": {
                "tags": [
                  "Commerce"
                ],
                "operationId": "getOrder",
                "summary": "Get an order (its buyer and the shop's members only).",
                "responses": {
                  "200": {
                    "description": "The order.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Order"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest",
                    "description": "The id is not a positive 64-bit decimal number (`request.bad_id`)."
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound",
                    "description": "No such order, or you are neither its buyer nor a member of its shop (`order.not_found`)."
                  }
                }
              }
            },
            "/api/v1/orders/{id}/pay": {
              "parameters": [
                {
                  "$ref": "#/components/parameters/OrderId"
                }
              ],
              "post": {
                "tags": [
                  "Commerce"
                ],
                "operationId": "payOrder",
                "summary": "Pay one of your pending orders with a card.",
                "description": "Charges the order's total. The same `Idempotency-Key` with the same card returns the same outcome (the paid order, or the same 402), and the provider is charged at most once per order whatever the retries. Paying is a `purchase` event.",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/IdempotencyKey"
                  }
                ],
                "requestBody": {
                  "required": true,
                  "description": "The card.",
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/CardPayment"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The order, now `paid`.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Order"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest",
                    "description": "The body is not JSON of the expected shape (`request.malformed`), the id is not an id (`request.bad_id`), or the `Idempotency-Key` is missing (`idempotency.key_missing`) or malformed (`idempotency.key_invalid`)."
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "402": {
                    "$ref": "#/components/responses/PaymentRequired",
                    "description": "The card was declined (`payment.declined`; the message gives the reason)."
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound",
                    "description": "No such order, or it is not yours (`order.not_found`)."
                  },
                  "409": {
                    "$ref": "#/components/responses/Conflict",
                    "description": "The order is not pending (`order.transition_not_allowed`), was not paid in time and was cancelled (`order.expired`), or a payment with this key is still in progress (`payment.in_progress`)."
                  },
                  "413": {
                    "$ref": "#/components/responses/TooLarge"
                  },
                  "422": {
                    "$ref": "#/components/responses/Unprocessable",
                    "description": "The card number is not valid (`payment.card_invalid`), or the `Idempotency-Key` was used for a different request (`idempotency.key_reused`)."
                  },
                  "503": {
                    "$ref": "#/components/responses/Unavailable",
                    "description": "The payment provider did not answer in time; nothing was charged (`payment.unavailable`). Try again."
                  }
                }
              }
            },
            "/api/v1/orders/{id}/reviews": {
              "parameters": [
                {
                  "$ref": "#/components/parameters/OrderId"
                }
              ],
              "post": {
                "tags": [
                  "Commerce"
                ],
                "operationId": "reviewOrderProduct",
                "summary": "Review a product of one of your delivered or completed orders.",
                "description": "Publishes a note as you with the product's card first and the rating; the note carries the \"purchased\" badge (`purchase`). One review per product per order.",
                "requestBody": {
                  "required": true,
                  "description": "The rating and the note.",
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/NewReview"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "The review, with its published note.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Review"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest",
                    "description": "The body is not JSON of the expected shape (`request.malformed`), or the id, `productId` or an entry of `tagIds` is not an id (`request.bad_id`)."
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound",
                    "description": "No such order, or it is not yours (`order.not_found`)."
                  },
                  "409": {
                    "$ref": "#/components/responses/Conflict",
                    "description": "The order has not been delivered (`review.not_delivered`), or you already reviewed this product for this order (`review.already_reviewed`)."
                  },
                  "413": {
                    "$ref": "#/components/responses/TooLarge"
                  },
                  "422": {
                    "$ref": "#/components/responses/Unprocessable",
                    "description": "A rule is broken: `review.rating_invalid`, `review.product_not_in_order`, or a rule of the note (`note.title_length`, `note.body_length`, `note.too_many_tags`, `note.unknown_tag`, `note.too_many_media`, `note.media_invalid`, or `note.product_unavailable` when the product is no longer on sale)."
                  }
                }
              }
            },
            "/api/v1/orders/{id}/{action}": {
              "parameters": [
                {
                  "$ref": "#/components/parameters/OrderId"
                },
                {
                  "$ref": "#/components/parameters/OrderAction"
                }
              ],
              "post": {
                "tags": [
                  "Commerce"
                ],
                "operationId": "moveOrder",
                "summary": "Move an order along its life: cancel, ship, deliver, complete, or request, approve or decline a refund.",
                "description": "Each action is allowed only from certain states (see `Order`); a step that is not allowed, or that someone else took first, gives 409 `order.transition_not_allowed`.",
                "responses": {
                  "200": {
                    "description": "The order in its new state, with the step added to `history`.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Order"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest",
                    "description": "The id is not a positive 64-bit decimal number (`request.bad_id`)."
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden",
                    "description": "The buyer asked for a shop's action (`ship`, `approve-refund`, `decline-refund`) without being a member of the shop (`brand.not_member`)."
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound",
                    "description": "No such order, or you may not do this to it (`order.not_found`: `cancel`, `complete` and `request-refund` are the buyer's), or an unknown action (`route.not_found`)."
                  },
                  "409": {
                    "$ref": "#/components/responses/Conflict",
                    "description": "The order's state does not allow this step (`order.transition_not_allowed`)."
                  }
                }
              }
            },
            "/api/v1/search": {
              "get": {
                "tags": [
                  "Search"
                ],
                "operationId": "search",
                "summary": "Search notes, products, people or topics.",
                "security": [],
                "description": "Every word of the query must match (Chinese words as substrings, Latin words whole); any contiguous piece of a text finds it. Ranked by text relevance blended with engagement quality, freshness and (signed in) interests. A search is an event listing the results shown.",
                "parameters": [
                  {
                    "name": "q",
                    "in": "query",
                    "required": true,
                    "description": "The query (1–100 characters).",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "type",
                    "in": "query",
                    "required": false,
                    "description": "What to search.",
                    "schema": {
                      "type": "string",
                      "enum": [
                        "note",
                        "product",
                        "user",
                        "topic"
                      ]
                    }
                  },
                  {
                    "name": "sort",
                    "in": "query",
                    "required": false,
                    "description": "Order.",
                    "schema": {
                      "type": "string",
                      "enum": [
                        "relevance",
                        "latest",
                        "popular"
                      ]
                    }
                  },
                  {
                    "name": "tagId",
                    "in": "query",
                    "required": false,
                    "description": "Notes under this tag or beneath it.",
                    "schema": {
                      "$ref": "#/components/schemas/Id"
                    }
                  },
                  {
                    "name": "since",
                    "in": "query",
                    "required": false,
                    "description": "Notes published at or after (date or date-time).",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "until",
                    "in": "query",
                    "required": false,
                    "description": "Notes published before (date or date-time).",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "city",
                    "in": "query",
                    "required": false,
                    "description": "Notes whose place is in this city.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "explain",
                    "in": "query",
                    "required": false,
                    "description": "1 to include the parts of each score.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "limit",
                    "in": "query",
                    "required": false,
                    "description": "Results a page (1–100, default 20).",
                    "schema": {
                      "type": "integer",
                      "minimum": 1,
                      "maximum": 100
                    }
                  },
                  {
                    "name": "cursor",
                    "in": "query",
                    "required": false,
                    "description": "Where the previous page ended.",
                    "schema": {
                      "type": "string"
                    }
                  }
                ],
                "responses": {
                  "200": {
                    "description": "A page of results.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/SearchResults"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest",
                    "description": "A missing `q`, an unknown type or sort, a bad date, id or cursor."
                  },
                  "422": {
                    "$ref": "#/components/responses/Unprocessable",
                    "description": "An empty or over-long query (`search.query_empty`, `search.query_length`) or a backwards range (`search.range_invalid`)."
                  }
                }
              }
            },
            "/api/v1/search/suggest": {
              "get": {
                "tags": [
                  "Search"
                ],
                "operationId": "suggestSearches",
                "summary": "Complete a prefix from popular queries and tag, brand and product names.",
                "security": [],
                "parameters": [
                  {
                    "name": "q",
                    "in": "query",
                    "required": true,
                    "description": "What has been typed so far.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "limit",
                    "in": "query",
                    "required": false,
                    "description": "At most this many (default 8, at most 20).",
                    "schema": {
                      "type": "integer",
                      "minimum": 1,
                      "maximum": 100
                    }
                  }
                ],
                "responses": {
                  "200": {
                    "description": "Completions, heaviest first.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/SuggestionList"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest",
                    "description": "`q` is missing."
                  },
                  "422": {
                    "$ref": "#/components/responses/Unprocessable",
                    "description": "`q` is over 100 characters."
                  }
                }
              }
            },
            "/api/v1/brands/{id}/insights": {
              "get": {
                "tags": [
                  "Insights"
                ],
                "operationId": "brandReport",
                "summary": "The brand's report: funnel by day, purchases credited to notes, creators and search queries (members of the brand).",
                "description": "Over `since..<until` (dates or times; by default the 30 days up to the end of today; at most 366 days). The funnel counts distinct people (users, or devices when signed out) at each stage: `impression` (a note showing the brand's product, or its card, on screen), `read`, `engage` (like, collect, comment, share), `product_click` (opened or clicked), `add_to_cart`, `purchase` (not refunded), per UTC day and over the period, with each stage's conversion from the one before. Rows group attributed purchases (refunds left out) by note, creator and search query, click-through and view-through apart: orders, distinct buyers, GMV and the credit under every model. Privacy: a funnel cell of fewer than `minimumPeople` (5) people is `null`, and a row with fewer buyers is left out (`suppressedRows` counts them); the period's orders and GMV are 0 unless at least 5 people bought.",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/BrandId"
                  },
                  {
                    "name": "since",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "until",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "string"
                    }
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The report.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/BrandReport"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest",
                    "description": "`since` or `until` is not a date or time (`request.bad_parameter`)."
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden",
                    "description": "Not a member of the brand (`brand.not_member`)."
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound",
                    "description": "No such brand (`brand.not_found`)."
                  },
                  "422": {
                    "$ref": "#/components/responses/Unprocessable",
                    "description": "`report.bad_range` (the start is not before the end) or `report.too_long` (more than 366 days)."
                  }
                }
              }
            },
            "/api/v1/brands/{id}/insights/{table}.csv": {
              "get": {
                "tags": [
                  "Insights"
                ],
                "operationId": "brandReportTable",
                "summary": "One table of the brand's report as CSV: funnel, notes, creators, queries, campaigns or returns (return on spend).",
                "description": "The same figures and the same privacy rules as the JSON report (a withheld cell is empty). RFC 4180 CSV in UTF-8; fields that would start a spreadsheet formula are prefixed with a quote.",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/BrandId"
                  },
                  {
                    "name": "table",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string",
                      "enum": [
                        "funnel",
                        "notes",
                        "creators",
                        "queries",
                        "campaigns",
                        "returns"
                      ]
                    }
                  },
                  {
                    "name": "since",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "until",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "string"
                    }
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The table.",
                    "content": {
                      "text/csv": {
                        "schema": {
                          "type": "string"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound",
                    "description": "No such brand or table."
                  },
                  "422": {
                    "$ref": "#/components/responses/Unprocessable"
                  }
                }
              }
            },
            "/api/v1/brands/{id}/spend": {
              "get": {
                "tags": [
                  "Insights"
                ],
                "operationId": "brandSpends",
                "summary": "What the brand spent on notes, creators and search queries, dated in a period (members of the brand).",
                "description": "Over `since..<until` (dates or times; by default the 30 days up to the end of today), oldest first.",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/BrandId"
                  },
                  {
                    "name": "since",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "until",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "string"
                    }
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The spends.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/SpendList"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden",
                    "description": "Not a member of the brand (`brand.not_member`)."
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound",
                    "description": "No such brand (`brand.not_found`)."
                  },
                  "422": {
                    "$ref": "#/components/responses/Unprocessable",
                    "description": "`report.bad_range` or `report.too_long`."
                  }
                }
              },
              "post": {
                "tags": [
                  "Insights"
                ],
                "operationId": "addBrandSpend",
                "summary": "Record what the brand spent on a note, a creator or a search query (a creator's fee, a promoted note, a bought keyword).",
                "description": "The brand's reports then show, for each note, creator or query it spent on in their period, the cost against the amount attributed to it under every model (from the rows they show) and the ratio (`returns`). Queries are matched folded (width, case, accents).",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/BrandId"
                  }
                ],
                "requestBody": {
                  "required": true,
                  "description": "The spend.",
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/NewSpend"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "Recorded.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Spend"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest",
                    "description": "A malformed body, a `dimension` other than note, creator or query, or a `day` that is not YYYY-MM-DD (`request.malformed`, `request.bad_parameter`)."
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden",
                    "description": "Not a member of the brand (`brand.not_member`)."
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound",
                    "description": "No such brand (`brand.not_found`)."
                  },
                  "422": {
                    "$ref": "#/components/responses/Unprocessable",
                    "description": "`spend.key_invalid`, `spend.amount_invalid`, `spend.currency_invalid` or `spend.label_too_long`."
                  }
                }
              }
            },
            "/api/v1/brands/{id}/spend/{spendId}": {
              "delete": {
                "tags": [
                  "Insights"
                ],
                "operationId": "removeBrandSpend",
                "summary": "Remove one of the brand's spends.",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/BrandId"
                  },
                  {
                    "name": "spendId",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string",
                      "pattern": "^[0-9]{1,19}$"
                    }
                  }
                ],
                "responses": {
                  "204": {
                    "description": "Removed."
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest",
                    "description": "The id is not a number (`request.bad_id`)."
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden",
                    "description": "Not a member of the brand (`brand.not_member`)."
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound",
                    "description": "No such brand, or the brand has no such spend (`spend.not_found`)."
                  }
                }
              }
            },
            "/api/v1/brands/{id}/insights/orders/{orderId}/path": {
              "get": {
                "tags": [
                  "Insights"
                ],
                "operationId": "purchasePath",
                "summary": "The touches credited for one of the brand's purchases (members of the brand).",
                "description": "Every purchase is attributed as soon as its `purchase` event is stored: the buyer's touches with the brand in the 7 days before it — reads of notes showing the brand's products (and their creators), product views, clicks and cart adds, search results clicked, searches that showed them, note and product cards on screen, campaign surfaces — are credited under every model (`last_touch`, `first_touch`, `linear`, `time_decay` with a one-day half-life, `position_based` 40/20/40), in whole minor units that sum to the amount. Click-through touches take the credit when there are any (`channel: click`); otherwise view-through touches do (`view`). A touch reported late is credited by attributing again. A refunded purchase shows `refundedAt` and leaves every total.",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/BrandId"
                  },
                  {
                    "name": "orderId",
                    "in": "path",
                    "required": true,
                    "description": "The order's id. Anything but a positive 64-bit decimal number gives 400 `request.bad_id`.",
                    "schema": {
                      "$ref": "#/components/schemas/Id"
                    }
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The path.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/PurchasePath"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest",
                    "description": "An id is not an id (`request.bad_id`)."
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden",
                    "description": "Not a member of the brand (`brand.not_member`)."
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound",
                    "description": "No such brand (`brand.not_found`), or no attributed purchase of this brand with that order (`attribution.not_found`)."
                  }
                }
              }
            },
            "/api/v1/events": {
              "post": {
                "tags": [
                  "Insights"
                ],
                "operationId": "reportEvents",
                "summary": "Report a batch of what the client saw (impressions, check-ins).",
                "description": "Clients report only what the server cannot see itself: a note card actually on screen (`impression`, with its surface and position), a `check_in`. Everything else (reads, likes, product clicks, purchases) the server records as it happens. Signed in, events are the person's; otherwise the `X-Device-Id` header names the device. Each event's `clientEventId` is kept once per person or device: a retried batch counts nothing twice. The client's clock is corrected by the server's: every event moves by the difference between the server's time and `sentAt`, never into the future; events older than 7 days after correction are not kept (`stale`). A batch is checked whole before anything is written.",
                "security": [
                  {},
                  {
                    "bearerAuth": []
                  }
                ],
                "parameters": [
                  {
                    "name": "X-Device-Id",
                    "in": "header",
                    "required": false,
                    "description": "The anonymous device (8 to 64 letters, digits, '-' or '_'); required when not signed in.",
                    "schema": {
                      "type": "string"
                    }
                  }
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/EventReport"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "What became of the batch.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ReportOutcome"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest",
                    "description": "Not a batch of this shape (`request.malformed`)."
                  },
                  "422": {
                    "$ref": "#/components/responses/Unprocessable",
                    "description": "`events.empty`, `events.too_many` (more than 500), `events.device_required`, `events.device_invalid`, `events.client_id_invalid`, `events.kind_not_reported`, `events.subject_invalid`, `events.context_invalid`, `events.session_invalid`; the message names the event's index."
                  }
                }
              }
            },
            "/api/v1/search/clicks": {
              "post": {
                "tags": [
                  "Search"
                ],
                "operationId": "recordSearchClick",
                "summary": "Report that a result of a search was opened.",
                "security": [],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/SearchClick"
                      }
                    }
                  }
                },
                "responses": {
                  "204": {
                    "description": "Counted."
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest",
                    "description": "Not a click of this shape."
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound",
                    "description": "No such search (`search.not_found`)."
                  },
                  "422": {
                    "$ref": "#/components/responses/Unprocessable",
                    "description": "The position is not positive (`search.position_invalid`)."
                  }
                }
              }
            },
            "/api/v1/search/report": {
              "get": {
                "tags": [
                  "Search"
                ],
                "operationId": "searchReport",
                "summary": "Operators: top queries, queries without results, click-through.",
                "parameters": [
                  {
                    "name": "since",
                    "in": "query",
                    "required": false,
                    "description": "Start (default 7 days before `until`).",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "until",
                    "in": "query",
                    "required": false,
                    "description": "End (default now).",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "limit",
                    "in": "query",
                    "required": false,
                    "description": "Rows a table (default 50, at most 200).",
                    "schema": {
                      "type": "integer",
                      "minimum": 1,
                      "maximum": 100
                    }
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The report.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/SearchReport"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest",
                    "description": "A bad date."
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized",
                    "description": "Not signed in."
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden",
                    "description": "Not an operator (`search.operators_only`)."
                  },
                  "422": {
                    "$ref": "#/components/responses/Unprocessable",
                    "description": "`since` is not before `until`."
                  }
                }
              }
            },
            "/api/v1/feed": {
              "get": {
                "tags": [
                  "Discovery"
                ],
                "operationId": "listFeed",
                "summary": "The discovery feed: personal when signed in, otherwise a general feed.",
                "description": "Notes ranked by predicted engagement: interest match (the signed-in reader's interest profile; nothing for a visitor) × note quality (how readers engage with it and its author) × freshness. Pages are diversified: a page of 20 holds at most 2 notes per author and 3 per tag, and every 10th place goes to a fresh note few have read yet. Notes shown to a signed-in reader are not shown again for 7 days while others remain. The first page ranks a new feed and keeps it; the cursor walks through that kept ranking, so pages never overlap and reading a page again gives the same notes. A cursor older than a day (or of someone else's feed) starts a new feed, as does reading a kept feed to its end. `GET /api/v1/feed/explain/{id}` says why a note is there.",
                "security": [
                  {},
                  {
                    "bearerAuth": []
                  }
                ],
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Limit"
                  },
                  {
                    "$ref": "#/components/parameters/Cursor"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "A page of the feed, best first (notes deleted since the feed was ranked are left out).",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/NoteList"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest",
                    "description": "A bad `limit` (`request.bad_parameter`) or a `cursor` this server did not make (`cursor.invalid`)."
                  }
                }
              }
            },
            "/api/v1/feed/following": {
              "get": {
                "tags": [
                  "Discovery"
                ],
                "operationId": "listFollowingFeed",
                "summary": "Notes by the people you follow, newest first.",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Limit"
                  },
                  {
                    "$ref": "#/components/parameters/Cursor"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "A page of notes by the people you follow.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/NoteList"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest",
                    "description": "A bad `limit` (`request.bad_parameter`) or `cursor` (`cursor.invalid`)."
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  }
                }
              }
            },
            "/api/v1/feed/nearby": {
              "get": {
                "tags": [
                  "Discovery"
                ],
                "operationId": "listNearbyNotes",
                "summary": "Notes in a city, or near a point.",
                "description": "Give either `city`, which lists the notes whose place is in that city, newest first (with `distanceMeters` null), or `lat` and `lon` with an optional `radius`, which lists the notes whose place is within the radius of that point, nearest first. When both are given, `city` wins.",
                "security": [],
                "parameters": [
                  {
                    "name": "city",
                    "in": "query",
                    "required": false,
                    "description": "A city (1 to 40 characters after trimming; 422 `nearby.city` otherwise).",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "lat",
                    "in": "query",
                    "required": false,
                    "description": "Latitude in degrees, with `lon` (-90 to 90; 422 `nearby.coordinates` otherwise). Not a number gives 400 `request.bad_parameter`.",
                    "schema": {
                      "type": "number",
                      "minimum": -90,
                      "maximum": 90
                    }
                  },
                  {
                    "name": "lon",
                    "in": "query",
                    "required": false,
                    "description": "Longitude in degrees, with `lat` (-180 to 180; 422 `nearby.coordinates` otherwise). Not a number gives 400 `request.bad_parameter`.",
                    "schema": {
                      "type": "number",
                      "minimum": -180,
                      "maximum": 180
                    }
                  },
                  {
                    "name": "radius",
                    "in": "query",
                    "required": false,
                    "description": "How far from the point to look, in metres (100 to 50,000; 422 `nearby.radius` otherwise). Only with `lat` and `lon`.",
                    "schema": {
                      "type": "number",
                      "minimum": 100,
                      "maximum": 50000,
                      "default": 5000
                    }
                  },
                  {
                    "$ref": "#/components/parameters/Limit"
                  },
                  {
                    "$ref": "#/components/parameters/Cursor"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "A page of nearby notes.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/NearbyNoteList"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest",
                    "description": "Neither `city` nor both `lat` and `lon` given, or `lat`, `lon` or `radius` not a number (`request.bad_parameter`); a bad `limit` (`request.bad_parameter`) or `cursor` (`cursor.invalid`)."
                  },
                  "422": {
                    "$ref": "#/components/responses/Unprocessable",
                    "description": "A place out of range: `nearby.coordinates`, `nearby.radius` or `nearby.city`."
                  }
                }
              }
            },
            "/api/v1/feed/explain/{id}": {
              "parameters": [
                {
                  "$ref": "#/components/parameters/NoteId"
                }
              ],
              "get": {
                "tags": [
                  "Discovery"
                ],
                "operationId": "explainFeedNote",
                "summary": "Why a note is (or would be) in your feed.",
                "description": "The note's feed score, its parts (interest × quality × freshness) and the reasons behind them in words, Chinese first, then English. Signed in, the interest part and the reasons come from your interest profile and whom you follow; for a visitor there is no profile, so only quality and freshness count.",
                "security": [
                  {},
                  {
                    "bearerAuth": []
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The explanation.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/FeedExplanation"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest",
                    "description": "The id is not a positive 64-bit decimal number (`request.bad_id`)."
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound",
                    "description": "No such note, or it was deleted (`note.not_found`)."
                  }
                }
              }
            },
            "/api/v1/feed/not-interested": {
              "post": {
                "tags": [
                  "Discovery"
                ],
                "operationId": "markNotInterested",
                "summary": "Say you are not interested in a note, its tags or its author.",
                "description": "The note is not shown to you again (it counts as shown). With `reason` `tag` or `author`, the note's tags or its author fall below zero in your interest profile at once (by more than they were worth), so notes like it rank lower from the next feed on.",
                "requestBody": {
                  "required": true,
                  "description": "The note, and what about it you are not interested in.",
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/NotInterested"
                      }
                    }
                  }
                },
                "responses": {
                  "204": {
                    "description": "Noted."
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest",
                    "description": "The body is not JSON of the expected shape (`request.malformed`), `noteId` is not a positive 64-bit decimal number (`request.bad_id`), or `reason` is not `note`, `tag` or `author` (`request.bad_parameter`)."
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound",
                    "description": "No such note (`note.not_found`)."
                  },
                  "413": {
                    "$ref": "#/components/responses/TooLarge"
                  }
                }
              }
            },
            "/api/v1/me/interests": {
              "get": {
                "tags": [
                  "Discovery"
                ],
                "operationId": "getMyInterests",
                "summary": "Your interest profile: the tags, topics and authors you engage with.",
                "description": "What the discovery feed knows of your interests, strongest first: at most 50 tags, 20 topics and 20 authors, only those weighing above zero. Each weight is a sum of what you did (read, liked, collected, commented, shared, followed, searched, bought), each counting less as it ages (halving every 7 days).",
                "responses": {
                  "200": {
                    "description": "Your interests.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Interests"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  }
                }
              },
              "put": {
                "tags": [
                  "Discovery"
                ],
                "operationId": "pickMyInterests",
                "summary": "Pick interest tags (onboarding).",
                "description": "Each tag picked is followed at once and counts in your interest profile from the next feed on. Repeats are dropped; tags picked before stay in the profile (this adds, it does not replace). Picking no tags changes nothing.",
                "requestBody": {
                  "required": true,
                  "description": "The tags picked.",
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/InterestPicks"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "Your interests after the picks.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Interests"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest",
                    "description": "The body is not JSON of the expected shape (`request.malformed`), or a tag id is not a positive 64-bit decimal number (`request.bad_id`)."
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound",
                    "description": "No such tag (`tag.not_found`)."
                  },
                  "413": {
                    "$ref": "#/components/responses/TooLarge"
                  },
                  "422": {
                    "$ref": "#/components/responses/Unprocessable",
                    "description": "More than 30 different tags (`interests.too_many`)."
                  }
                }
              }
            }
          },
          "components": {
            "schemas": {
              "Id": {
                "type": "string",
                "pattern": "^[0-9]+$",
                "description": "An id: a positive 64-bit integer written in decimal, as a string so that JavaScript clients never round it.",
                "examples": [
                  "7318428274688000"
                ]
              },
              "UserSummary": {
                "type": "object",
                "description": "A user as shown beside their notes and in follower lists.",
                "required": [
                  "id",
                  "handle",
                  "displayName"
                ],
                "properties": {
                  "id": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "handle": {
                    "type": "string",
                    "pattern": "^[a-z0-9_]{3,24}$"
                  },
                  "displayName": {
                    "type": "string"
                  }
                }
              },
              "UserStats": {
                "type": "object",
                "description": "A user's exact counts.",
                "required": [
                  "notes",
                  "followers",
                  "following"
                ],
                "properties": {
                  "notes": {
                    "type": "integer",
                    "minimum": 0,
                    "description": "How many notes the user has published (and not deleted)."
                  },
                  "followers": {
                    "type": "integer",
                    "minimum": 0,
                    "description": "How many users follow this user."
                  },
                  "following": {
                    "type": "integer",
                    "minimum": 0,
                    "description": "How many users this user follows."
                  }
                }
              },
              "User": {
                "type": "object",
                "description": "A user's profile.",
                "required": [
                  "id",
                  "handle",
                  "displayName",
                  "joinedAt"
                ],
                "properties": {
                  "id": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "handle": {
                    "type": "string",
                    "pattern": "^[a-z0-9_]{3,24}$",
                    "description": "Unique, lower case."
                  },
                  "displayName": {
                    "type": "string"
                  },
                  "joinedAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "stats": {
                    "$ref": "#/components/schemas/UserStats",
                    "description": "The user's counts; absent where an operation does not say it includes them."
                  },
                  "followedByMe": {
                    "type": "boolean",
                    "description": "Whether the signed-in caller follows this user; absent when nobody is signed in or it does not apply."
                  }
                }
              },
              "NewAccount": {
                "type": "object",
                "description": "What signing up needs.",
                "required": [
                  "handle",
                  "displayName",
                  "password"
                ],
                "properties": {
                  "handle": {
                    "type": "string",
                    "description": "3 to 24 of lower-case letters a–z, digits and underscores (trimmed and lower-cased first).",
                    "examples": [
                      "mei_eats"
                    ]
                  },
                  "displayName": {
                    "type": "string",
                    "description": "1 to 24 characters (trimmed first)."
                  },
                  "password": {
                    "type": "string",
                    "format": "password",
                    "description": "At least 8 characters and at most 72 bytes of UTF-8."
                  }
                }
              },
              "Credentials": {
                "type": "object",
                "description": "What signing in needs.",
                "required": [
                  "handle",
                  "password"
                ],
                "properties": {
                  "handle": {
                    "type": "string",
                    "description": "Matched case-insensitively, ignoring surrounding white space."
                  },
                  "password": {
                    "type": "string",
                    "format": "password"
                  }
                }
              },
              "Session": {
                "type": "object",
                "description": "A new API session.",
                "required": [
                  "token",
                  "expiresAt",
                  "user"
                ],
                "properties": {
                  "token": {
                    "type": "string",
                    "description": "The secret bearer token; shown only this once."
                  },
                  "expiresAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "user": {
                    "$ref": "#/components/schemas/User",
                    "description": "Who signed in (without `stats`)."
                  }
                }
              },
              "Tag": {
                "type": "object",
                "description": "An interest tag of the taxonomy, up to three levels deep.",
                "required": [
                  "id",
                  "name",
                  "englishName",
                  "aliases"
                ],
                "properties": {
                  "id": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "parentId": {
                    "$ref": "#/components/schemas/Id",
                    "description": "The parent tag; absent for top-level categories."
                  },
                  "name": {
                    "type": "string",
                    "description": "The Chinese name, shown first.",
                    "examples": [
                      "咖啡探店"
                    ]
                  },
                  "englishName": {
                    "type": "string",
                    "examples": [
                      "Café hopping"
                    ]
                  },
                  "aliases": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    },
                    "description": "Other names people use for the tag, in either language.",
                    "examples": [
                      [
                        "café hopping",
                        "咖啡店打卡"
                      ]
                    ]
                  }
                }
              },
              "TagDetail": {
                "type": "object",
                "description": "A tag and its direct children.",
                "required": [
                  "tag",
                  "children"
                ],
                "properties": {
                  "tag": {
                    "$ref": "#/components/schemas/Tag"
                  },
                  "children": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/Tag"
                    },
                    "description": "The direct children, in taxonomy order."
                  }
                }
              },
              "Media": {
                "type": "object",
                "description": "A reference to an image or a video kept elsewhere.",
                "required": [
                  "kind",
                  "url",
                  "width",
                  "height"
                ],
                "properties": {
                  "kind": {
                    "type": "string",
                    "enum": [
                      "image",
                      "video"
                    ]
                  },
                  "url": {
                    "type": "string",
                    "description": "An http(s) URL, or a path starting with `/`: at most 2,048 characters, with no white space."
                  },
                  "width": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 20000,
                    "description": "In pixels."
                  },
                  "height": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 20000,
                    "description": "In pixels."
                  }
                }
              },
              "Place": {
                "type": "object",
                "description": "Where a note happened.",
                "required": [
                  "name"
                ],
                "properties": {
                  "name": {
                    "type": "string",
                    "minLength": 1,
                    "description": "1 to 40 characters."
                  },
                  "city": {
                    "type": "string",
                    "description": "At most 40 characters; absent when unknown."
                  },
                  "lat": {
                    "type": "number",
                    "minimum": -90,
                    "maximum": 90,
                    "description": "Latitude; absent when unknown (then so is `lon`)."
                  },
                  "lon": {
                    "type": "number",
                    "minimum": -180,
                    "maximum": 180,
                    "description": "Longitude; absent when unknown (then so is `lat`)."
                  }
                }
              },
              "NewPlace": {
                "type": "object",
                "description": "Where a note happened, as submitted. Breaking a rule gives 422 `note.place_invalid`.",
                "required": [
                  "name"
                ],
                "properties": {
                  "name": {
                    "type": "string",
                    "description": "1 to 40 characters (trimmed first)."
                  },
                  "city": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "At most 40 characters (trimmed; empty means none)."
                  },
                  "lat": {
                    "type": [
                      "number",
                      "null"
                    ],
                    "minimum": -90,
                    "maximum": 90,
                    "description": "Latitude; give both `lat` and `lon` or neither."
                  },
                  "lon": {
                    "type": [
                      "number",
                      "null"
                    ],
                    "minimum": -180,
                    "maximum": 180,
                    "description": "Longitude; give both `lat` and `lon` or neither."
                  }
                }
              },
              "Note": {
                "type": "object",
                "description": "A post: a real-life scenario in a title, a body, media, interest tags and #topics.",
                "required": [
                  "id",
                  "author",
                  "title",
                  "body",
                  "tags",
                  "topics",
                  "media",
                  "mentions",
                  "publishedAt",
                  "stats",
                  "products"
                ],
                "properties": {
                  "id": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "author": {
                    "$ref": "#/components/schemas/UserSummary"
                  },
                  "title": {
                    "type": "string",
                    "minLength": 1,
                    "description": "1 to 20 characters."
                  },
                  "body": {
                    "type": "string",
                    "description": "At most 1,000 characters; may be empty."
                  },
                  "tags": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/Tag"
                    },
                    "description": "Interest tags, in the order given."
                  },
                  "topics": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    },
                    "description": "Free #topics, without the `#`."
                  },
                  "media": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/Media"
                    }
                  },
                  "place": {
                    "$ref": "#/components/schemas/Place",
                    "description": "Absent when the note has no place."
                  },
                  "mentions": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/UserSummary"
                    },
                    "description": "Users @mentioned in the body, in order of first mention."
                  },
                  "publishedAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "stats": {
                    "$ref": "#/components/schemas/NoteStats"
                  },
                  "likedByMe": {
                    "type": "boolean",
                    "description": "Whether the signed-in caller likes it; absent when nobody is signed in."
                  },
                  "collectedByMe": {
                    "type": "boolean",
                    "description": "Whether the signed-in caller has collected it; absent when nobody is signed in."
                  },
                  "products": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/ProductCard"
                    },
                    "description": "The products shown as cards under the note, in the order given (at most 5; products that no longer exist are left out)."
                  },
                  "purchase": {
                    "$ref": "#/components/schemas/Purchase",
                    "description": "Set when the note is a buyer's review of a product they bought (the \"purchased\" badge); absent otherwise."
                  }
                }
              },
              "NewNote": {
                "type": "object",
                "description": "A note to publish (the body of `POST /api/v1/notes`). Only `title` is required.",
                "required": [
                  "title"
                ],
                "properties": {
                  "title": {
                    "type": "string",
                    "description": "1 to 20 characters (trimmed first)."
                  },
                  "body": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "At most 1,000 characters (trimmed first). `#hashtags` become topics; `@handles` become mentions."
                  },
                  "tagIds": {
                    "type": [
                      "array",
                      "null"
                    ],
                    "items": {
                      "$ref": "#/components/schemas/Id"
                    },
                    "description": "Ids of existing interest tags; at most 10 after dropping repeats."
                  },
                  "topics": {
                    "type": [
                      "array",
                      "null"
                    ],
                    "items": {
                      "type": "string"
                    },
                    "description": "At most 10 #topics in all (with the body's hashtags), each 1 to 20 characters with no spaces or `@`; leading and trailing `#` are dropped, and repeats (ignoring case) are dropped."
                  },
                  "media": {
                    "type": [
                      "array",
                      "null"
                    ],
                    "items": {
                      "$ref": "#/components/schemas/Media"
                    },
                    "maxItems": 18,
                    "description": "At most 18 images or videos."
                  },
                  "place": {
                    "anyOf": [
                      {
                        "$ref": "#/components/schemas/NewPlace"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "productIds": {
                    "type": [
                      "array",
                      "null"
                    ],
                    "items": {
                      "$ref": "#/components/schemas/Id"
                    },
                    "description": "Products to show as cards under the note: ids of products on sale (422 `note.product_unavailable`), at most 5 after dropping repeats (422 `note.too_many_products`)."
                  }
                }
              },
              "Follow": {
                "type": "object",
                "description": "One entry of a followers or following list.",
                "required": [
                  "user",
                  "since"
                ],
                "properties": {
                  "user": {
                    "$ref": "#/components/schemas/UserSummary",
                    "description": "The follower (in a followers list) or the one followed (in a following list)."
                  },
                  "since": {
                    "type": "string",
                    "format": "date-time"
                  }
                }
              },
              "FollowState": {
                "type": "object",
                "description": "The result of following or unfollowing.",
                "required": [
                  "following",
                  "followers"
                ],
                "properties": {
                  "following": {
                    "type": "boolean",
                    "description": "Whether the caller now follows the user."
                  },
                  "followers": {
                    "type": "integer",
                    "minimum": 0,
                    "description": "The user's follower count afterwards."
                  }
                }
              },
              "NoteList": {
                "type": "object",
                "description": "A page of notes, newest first.",
                "required": [
                  "items",
                  "nextCursor"
                ],
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/Note"
                    }
                  },
                  "nextCursor": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Pass as `cursor` to get the next page; null on the last page."
                  }
                }
              },
              "TagList": {
                "type": "object",
                "description": "A list of tags.",
                "required": [
                  "items",
                  "nextCursor"
                ],
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/Tag"
                    }
                  },
                  "nextCursor": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Pass as `cursor` to get the next page; null on the last page."
                  }
                }
              },
              "FollowList": {
                "type": "object",
                "description": "A page of follows, most recent first.",
                "required": [
                  "items",
                  "nextCursor"
                ],
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/Follow"
                    }
                  },
                  "nextCursor": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Pass as `cursor` to get the next page; null on the last page."
                  }
                }
              },
              "Health": {
                "type": "object",
                "required": [
                  "status"
                ],
                "properties": {
                  "status": {
                    "type": "string",
                    "const": "ok"
                  }
                }
              },
              "Error": {
                "type": "object",
                "description": "Every error the API answers with.",
                "required": [
                  "error"
                ],
                "properties": {
                  "error": {
                    "type": "object",
                    "required": [
                      "code",
                      "message"
                    ],
                    "properties": {
                      "code": {
                        "type": "string",
                        "description": "Stable and machine-readable, such as `note.title_length`.",
                        "examples": [
                          "note.not_found"
                        ]
                      },
                      "message": {
                        "type": "string",
                        "description": "For people; never contains secrets.",
                        "examples": [
                          "Note 42 does not exist."
                        ]
                      }
                    }
                  }
                }
              },
              "NoteStats": {
                "type": "object",
                "description": "Exact engagement counts.",
                "required": [
                  "likes",
                  "collects",
                  "comments",
                  "shares"
                ],
                "properties": {
                  "likes": {
                    "type": "integer",
                    "minimum": 0
                  },
                  "collects": {
                    "type": "integer",
                    "minimum": 0,
                    "description": "People who saved the note into at least one board."
                  },
                  "comments": {
                    "type": "integer",
                    "minimum": 0,
                    "description": "Live comments and replies."
                  },
                  "shares": {
                    "type": "integer",
                    "minimum": 0
                  }
                }
              },
              "LikeState": {
                "type": "object",
                "required": [
                  "liked",
                  "likes"
                ],
                "properties": {
                  "liked": {
                    "type": "boolean"
                  },
                  "likes": {
                    "type": "integer",
                    "minimum": 0
                  }
                }
              },
              "CollectState": {
                "type": "object",
                "required": [
                  "collected",
                  "collects",
                  "boardIds"
                ],
                "properties": {
                  "collected": {
                    "type": "boolean"
                  },
                  "collects": {
                    "type": "integer",
                    "minimum": 0
                  },
                  "boardIds": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/Id"
                    },
                    "description": "The caller's boards that hold the note."
                  }
                }
              },
              "Board": {
                "type": "object",
                "required": [
                  "id",
                  "owner",
                  "name",
                  "isPrivate",
                  "isDefault",
                  "noteCount",
                  "createdAt"
                ],
                "properties": {
                  "id": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "owner": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "name": {
                    "type": "string",
                    "examples": [
                      "默认收藏"
                    ]
                  },
                  "isPrivate": {
                    "type": "boolean"
                  },
                  "isDefault": {
                    "type": "boolean"
                  },
                  "noteCount": {
                    "type": "integer",
                    "minimum": 0
                  },
                  "createdAt": {
                    "type": "string",
                    "format": "date-time"
                  }
                }
              },
              "NewBoard": {
                "type": "object",
                "required": [
                  "name"
                ],
                "properties": {
                  "name": {
                    "type": "string",
                    "description": "1 to 20 characters, unique among the owner's boards."
                  },
                  "isPrivate": {
                    "type": "boolean",
                    "default": false
                  }
                }
              },
              "BoardList": {
                "type": "object",
                "required": [
                  "items",
                  "nextCursor"
                ],
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/Board"
                    }
                  },
                  "nextCursor": {
                    "type": [
                      "string",
                      "null"
                    ]
                  }
                }
              },
              "BoardDetail": {
                "type": "object",
                "required": [
                  "board",
                  "notes"
                ],
                "properties": {
                  "board": {
                    "$ref": "#/components/schemas/Board"
                  },
                  "notes": {
                    "$ref": "#/components/schemas/NoteList"
                  }
                }
              },
              "Comment": {
                "type": "object",
                "description": "A comment or a reply. Threads are two levels deep: a reply to a reply is filed under the top comment with `replyingTo`.",
                "required": [
                  "id",
                  "noteId",
                  "author",
                  "body",
                  "deleted",
                  "mentions",
                  "createdAt",
                  "likes",
                  "replyCount",
                  "pinned"
                ],
                "properties": {
                  "id": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "noteId": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "author": {
                    "$ref": "#/components/schemas/UserSummary"
                  },
                  "threadId": {
                    "$ref": "#/components/schemas/Id",
                    "description": "The top comment a reply is filed under; absent for top comments."
                  },
                  "replyingTo": {
                    "allOf": [
                      {
                        "$ref": "#/components/schemas/UserSummary"
                      }
                    ],
                    "description": "Whom a reply answers, when it answers a reply."
                  },
                  "body": {
                    "type": "string",
                    "description": "1 to 500 characters; empty for a deleted comment kept as a placeholder."
                  },
                  "deleted": {
                    "type": "boolean"
                  },
                  "mentions": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/UserSummary"
                    }
                  },
                  "createdAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "likes": {
                    "type": "integer",
                    "minimum": 0
                  },
                  "replyCount": {
                    "type": "integer",
                    "minimum": 0
                  },
                  "pinned": {
                    "type": "boolean"
                  },
                  "replies": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/Comment"
                    },
                    "description": "The first replies of a top comment, oldest first."
                  }
                }
              },
              "NewComment": {
                "type": "object",
                "required": [
                  "body"
                ],
                "properties": {
                  "body": {
                    "type": "string",
                    "description": "1 to 500 characters."
                  },
                  "parentId": {
                    "$ref": "#/components/schemas/Id",
                    "description": "The comment this replies to, on the same note."
                  }
                }
              },
              "CommentPage": {
                "type": "object",
                "required": [
                  "pinned",
                  "items",
                  "nextCursor"
                ],
                "properties": {
                  "pinned": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/Comment"
                      },
                      {
                        "type": "null"
                      }
                    ],
                    "description": "The pinned comment (first page only)."
                  },
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/Comment"
                    }
                  },
                  "nextCursor": {
                    "type": [
                      "string",
                      "null"
                    ]
                  }
                }
              },
              "CommentList": {
                "type": "object",
                "required": [
                  "items",
                  "nextCursor"
                ],
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/Comment"
                    }
                  },
                  "nextCursor": {
                    "type": [
                      "string",
                      "null"
                    ]
                  }
                }
              },
              "Share": {
                "type": "object",
                "required": [
                  "code",
                  "url",
                  "channel",
                  "shares"
                ],
                "properties": {
                  "code": {
                    "type": "string"
                  },
                  "url": {
                    "type": "string",
                    "description": "The address that opens the note, e.g. /s/k3x9ab2mqp."
                  },
                  "channel": {
                    "type": "string",
                    "enum": [
                      "link",
                      "user"
                    ]
                  },
                  "recipientId": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "shares": {
                    "type": "integer",
                    "minimum": 0
                  }
                }
              },
              "NewShare": {
                "type": "object",
                "required": [
                  "channel"
                ],
                "properties": {
                  "channel": {
                    "type": "string",
                    "enum": [
                      "link",
                      "user"
                    ]
                  },
                  "toUserId": {
                    "$ref": "#/components/schemas/Id",
                    "description": "Required for `user`, not allowed for `link`."
                  }
                }
              },
              "Notice": {
                "type": "object",
                "description": "A notification. Likes and collects of one note are gathered into one (actorCount), with the latest actor.",
                "required": [
                  "id",
                  "kind",
                  "actor",
                  "actorCount",
                  "at",
                  "read"
                ],
                "properties": {
                  "id": {
                    "type": "string"
                  },
                  "kind": {
                    "type": "string",
                    "enum": [
                      "comment",
                      "reply",
                      "mention",
                      "like",
                      "collect",
                      "follow"
                    ]
                  },
                  "actor": {
                    "$ref": "#/components/schemas/UserSummary"
                  },
                  "actorCount": {
                    "type": "integer",
                    "minimum": 1
                  },
                  "noteId": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "noteTitle": {
                    "type": "string"
                  },
                  "commentId": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "at": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "read": {
                    "type": "boolean"
                  }
                }
              },
              "Unread": {
                "type": "object",
                "required": [
                  "unread"
                ],
                "properties": {
                  "unread": {
                    "type": "integer",
                    "minimum": 0
                  }
                }
              },
              "Money": {
                "type": "object",
                "description": "An amount of money in integer minor units (fen for CNY) and its currency. Never floating point.",
                "required": [
                  "amount",
                  "currency"
                ],
                "properties": {
                  "amount": {
                    "type": "integer",
                    "format": "int64",
                    "description": "Minor units: 12900 with CNY is ¥129.00.",
                    "examples": [
                      12900
                    ]
                  },
                  "currency": {
                    "type": "string",
                    "pattern": "^[A-Za-z]{3}$",
                    "description": "An ISO 4217 code such as `CNY`; always upper case in responses. In a request, lower case is accepted, and anything but three letters gives 400 `request.bad_parameter`.",
                    "examples": [
                      "CNY"
                    ]
                  }
                }
              },
              "Brand": {
                "type": "object",
                "description": "An organisation that sells on Hongshu; its members run one shop of products.",
                "required": [
                  "id",
                  "name",
                  "description",
                  "createdAt"
                ],
                "properties": {
                  "id": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "name": {
                    "type": "string",
                    "minLength": 1,
                    "description": "1 to 30 characters, unique among brands."
                  },
                  "description": {
                    "type": "string",
                    "description": "The shop's description: at most 500 characters; may be empty."
                  },
                  "createdAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "myRole": {
                    "type": "string",
                    "enum": [
                      "owner",
                      "staff"
                    ],
                    "description": "The signed-in caller's role in the brand; absent when they are not a member, when nobody is signed in, and where an operation does not say it includes it."
                  }
                }
              },
              "BrandMember": {
                "type": "object",
                "description": "A person who works for a brand. Owners also manage members; staff run products, orders and promo codes.",
                "required": [
                  "user",
                  "role",
                  "addedAt"
                ],
                "properties": {
                  "user": {
                    "$ref": "#/components/schemas/UserSummary"
                  },
                  "role": {
                    "type": "string",
                    "enum": [
                      "owner",
                      "staff"
                    ]
                  },
                  "addedAt": {
                    "type": "string",
                    "format": "date-time",
                    "description": "When they were added or their role last changed."
                  }
                }
              },
              "SKU": {
                "type": "object",
                "description": "One variant of a product: its attributes (size, colour…), price and units in stock.",
                "required": [
                  "id",
                  "attributes",
                  "label",
                  "price",
                  "stock"
                ],
                "properties": {
                  "id": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "attributes": {
                    "type": "object",
                    "additionalProperties": {
                      "type": "string"
                    },
                    "description": "Attribute name to value, such as `{\"尺码\": \"M\"}`; empty for a product with one plain variant."
                  },
                  "label": {
                    "type": "string",
                    "description": "The attribute values joined with ` · ` (\"M · 红色\"); empty for a plain variant."
                  },
                  "price": {
                    "$ref": "#/components/schemas/Money"
                  },
                  "stock": {
                    "type": "integer",
                    "minimum": 0,
                    "maximum": 1000000,
                    "description": "Units left to sell."
                  }
                }
              },
              "Rating": {
                "type": "object",
                "description": "A product's ratings from buyers' reviews whose notes are live.",
                "required": [
                  "count"
                ],
                "properties": {
                  "count": {
                    "type": "integer",
                    "minimum": 0
                  },
                  "average": {
                    "type": "number",
                    "minimum": 1,
                    "maximum": 5,
                    "description": "The average number of stars to one decimal; absent when there are no ratings.",
                    "examples": [
                      4.3
                    ]
                  }
                }
              },
              "Product": {
                "type": "object",
                "description": "Something a brand sells, in one or more variants (SKUs).",
                "required": [
                  "id",
                  "brand",
                  "name",
                  "description",
                  "status",
                  "tagIds",
                  "media",
                  "restockOnRefund",
                  "skus",
                  "createdAt"
                ],
                "properties": {
                  "id": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "brand": {
                    "$ref": "#/components/schemas/Brand",
                    "description": "The brand that sells it (without `myRole`)."
                  },
                  "name": {
                    "type": "string",
                    "minLength": 1,
                    "description": "1 to 40 characters."
                  },
                  "description": {
                    "type": "string",
                    "description": "At most 2,000 characters; may be empty."
                  },
                  "status": {
                    "type": "string",
                    "enum": [
                      "draft",
                      "active",
                      "archived"
                    ],
                    "description": "Only `active` products are seen and bought by everyone; the others only by the brand's members."
                  },
                  "tagIds": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/Id"
                    },
                    "description": "Interest tags, at most 5."
                  },
                  "media": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/Media"
                    },
                    "description": "At most 9; the first is the cover."
                  },
                  "restockOnRefund": {
                    "type": "boolean",
                    "description": "Whether refunded units go back into stock (the product's stock policy)."
                  },
                  "skus": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/SKU"
                    },
                    "description": "1 to 50 variants."
                  },
                  "fromPrice": {
                    "$ref": "#/components/schemas/Money",
                    "description": "The lowest variant price (\"from ¥…\"); absent when the product has no variants."
                  },
                  "rating": {
                    "$ref": "#/components/schemas/Rating",
                    "description": "The product's ratings; only in `GET /api/v1/products/{id}`, absent elsewhere."
                  },
                  "createdAt": {
                    "type": "string",
                    "format": "date-time"
                  }
                }
              },
              "ProductCard": {
                "type": "object",
                "description": "A product as a card under a note or in the cart: enough to draw it and follow the link.",
                "required": [
                  "id",
                  "name",
                  "brandId",
                  "brandName",
                  "onSale"
                ],
                "properties": {
                  "id": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "name": {
                    "type": "string"
                  },
                  "brandId": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "brandName": {
                    "type": "string"
                  },
                  "fromPrice": {
                    "$ref": "#/components/schemas/Money",
                    "description": "The lowest variant price; absent when there is none."
                  },
                  "cover": {
                    "$ref": "#/components/schemas/Media",
                    "description": "The product's first image; absent when it has none."
                  },
                  "onSale": {
                    "type": "boolean",
                    "description": "Whether the product is active; a card of a product no longer on sale says so here."
                  }
                }
              },
              "CartLine": {
                "type": "object",
                "description": "One SKU in the cart, at today's price.",
                "required": [
                  "product",
                  "sku",
                  "quantity",
                  "total",
                  "available"
                ],
                "properties": {
                  "product": {
                    "$ref": "#/components/schemas/ProductCard"
                  },
                  "sku": {
                    "$ref": "#/components/schemas/SKU"
                  },
                  "quantity": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 99
                  },
                  "total": {
                    "$ref": "#/components/schemas/Money",
                    "description": "The SKU's current price times the quantity."
                  },
                  "available": {
                    "type": "boolean",
                    "description": "Whether it can be bought now: the product is on sale and enough is in stock."
                  }
                }
              },
              "CartGroup": {
                "type": "object",
                "description": "The cart lines of one shop: what one checkout buys.",
                "required": [
                  "brand",
                  "lines"
                ],
                "properties": {
                  "brand": {
                    "$ref": "#/components/schemas/Brand",
                    "description": "The shop (without `myRole`)."
                  },
                  "lines": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/CartLine"
                    },
                    "description": "Oldest first."
                  },
                  "subtotal": {
                    "$ref": "#/components/schemas/Money",
                    "description": "The sum of the available lines; absent when no line is available or their currencies differ."
                  }
                }
              },
              "Cart": {
                "type": "object",
                "description": "The signed-in buyer's cart with today's prices and stock, grouped by shop (shops in the order first added).",
                "required": [
                  "groups",
                  "itemCount"
                ],
                "properties": {
                  "groups": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/CartGroup"
                    }
                  },
                  "itemCount": {
                    "type": "integer",
                    "minimum": 0,
                    "description": "The sum of the quantities."
                  }
                }
              },
              "OrderLine": {
                "type": "object",
                "description": "One SKU bought, at the price it had at checkout.",
                "required": [
                  "skuId",
                  "productId",
                  "productName",
                  "attributes",
                  "unitPrice",
                  "quantity",
                  "total"
                ],
                "properties": {
                  "skuId": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "productId": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "productName": {
                    "type": "string",
                    "description": "The product's name at checkout."
                  },
                  "attributes": {
                    "type": "object",
                    "additionalProperties": {
                      "type": "string"
                    },
                    "description": "The SKU's attribute name to value at checkout."
                  },
                  "unitPrice": {
                    "$ref": "#/components/schemas/Money"
                  },
                  "quantity": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 99
                  },
                  "total": {
                    "$ref": "#/components/schemas/Money",
                    "description": "`unitPrice` times `quantity`."
                  }
                }
              },
              "OrderTransition": {
                "type": "object",
                "description": "A step in an order's life: the state it entered, when, and who moved it.",
                "required": [
                  "status",
                  "at"
                ],
                "properties": {
                  "status": {
                    "type": "string",
                    "enum": [
                      "pending",
                      "paid",
                      "shipped",
                      "delivered",
                      "completed",
                      "cancelled",
                      "refund_requested",
                      "refunded"
                    ]
                  },
                  "at": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "actorId": {
                    "$ref": "#/components/schemas/Id",
                    "description": "The user who moved it; absent when the system did (an unpaid order expiring)."
                  }
                }
              },
              "Order": {
                "type": "object",
                "description": "A purchase from one shop: lines priced at checkout, a total, and where it stands. Its status moves only along `pending → paid | cancelled`, `paid → shipped | refund_requested`, `shipped → delivered | refund_requested`, `delivered → completed | refund_requested`, `refund_requested → refunded` (or back where it was when the refund is declined).",
                "required": [
                  "id",
                  "buyerId",
                  "brandId",
                  "status",
                  "lines",
                  "subtotal",
                  "discount",
                  "total",
                  "placedAt",
                  "expiresAt",
                  "paid",
                  "history"
                ],
                "properties": {
                  "id": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "buyerId": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "brandId": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "status": {
                    "type": "string",
                    "enum": [
                      "pending",
                      "paid",
                      "shipped",
                      "delivered",
                      "completed",
                      "cancelled",
                      "refund_requested",
                      "refunded"
                    ]
                  },
                  "lines": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/OrderLine"
                    }
                  },
                  "subtotal": {
                    "$ref": "#/components/schemas/Money",
                    "description": "The sum of the line totals."
                  },
                  "discount": {
                    "$ref": "#/components/schemas/Money",
                    "description": "Taken off by a promo code: zero or positive, never more than the subtotal."
                  },
                  "total": {
                    "$ref": "#/components/schemas/Money",
                    "description": "`subtotal` minus `discount`: what is charged."
                  },
                  "promoId": {
                    "$ref": "#/components/schemas/Id",
                    "description": "The promo code applied; absent when none was."
                  },
                  "placedAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "expiresAt": {
                    "type": "string",
                    "format": "date-time",
                    "description": "An unpaid order is cancelled at this time (by default 30 minutes after `placedAt`) and its stock released."
                  },
                  "paid": {
                    "type": "boolean",
                    "description": "Whether the order was charged."
                  },
                  "history": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/OrderTransition"
                    },
                    "description": "Every state it has been in, oldest first (the first is `pending` at `placedAt`)."
                  }
                }
              },
              "Promo": {
                "type": "object",
                "description": "A code a brand hands out for a discount at checkout, optionally tied to a creator. Exactly one of `percentOff` and `amountOff` is present.",
                "required": [
                  "id",
                  "brandId",
                  "code",
                  "used",
                  "createdAt"
                ],
                "properties": {
                  "id": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "brandId": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "code": {
                    "type": "string",
                    "pattern": "^[A-Z0-9]{3,20}$",
                    "description": "Upper-case letters and digits, unique within the brand.",
                    "examples": [
                      "MEI20"
                    ]
                  },
                  "percentOff": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 90,
                    "description": "Percent off the subtotal, rounded down to the minor unit; absent for a fixed amount."
                  },
                  "amountOff": {
                    "$ref": "#/components/schemas/Money",
                    "description": "A fixed amount off (never more than the subtotal); absent for a percentage."
                  },
                  "usageLimit": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 1000000,
                    "description": "How many orders may use it; absent when there is no limit."
                  },
                  "used": {
                    "type": "integer",
                    "minimum": 0,
                    "description": "Orders that used it and were not cancelled."
                  },
                  "expiresAt": {
                    "type": "string",
                    "format": "date-time",
                    "description": "Absent when it never expires."
                  },
                  "creatorId": {
                    "$ref": "#/components/schemas/Id",
                    "description": "The creator whose audience it is for (attribution credits them); absent when none."
                  },
                  "createdAt": {
                    "type": "string",
                    "format": "date-time"
                  }
                }
              },
              "Purchase": {
                "type": "object",
                "description": "What a review note is about: the order and product the author bought, and their rating (the \"purchased\" badge).",
                "required": [
                  "orderId",
                  "productId",
                  "rating"
                ],
                "properties": {
                  "orderId": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "productId": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "rating": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 5
                  }
                }
              },
              "Review": {
                "type": "object",
                "description": "A buyer's verdict on a product they received: a rating and a note that shows the product's card.",
                "required": [
                  "orderId",
                  "productId",
                  "rating",
                  "reviewedAt",
                  "note"
                ],
                "properties": {
                  "orderId": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "productId": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "rating": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 5,
                    "description": "Stars."
                  },
                  "reviewedAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "note": {
                    "$ref": "#/components/schemas/Note",
                    "description": "The review's note, with `purchase` set."
                  }
                }
              },
              "BrandList": {
                "type": "object",
                "description": "Brands, by name.",
                "required": [
                  "items",
                  "nextCursor"
                ],
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/Brand"
                    }
                  },
                  "nextCursor": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Always null: this list is not paged."
                  }
                }
              },
              "BrandMemberList": {
                "type": "object",
                "description": "A brand's members: owners first, then by when they were added.",
                "required": [
                  "items",
                  "nextCursor"
                ],
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/BrandMember"
                    }
                  },
                  "nextCursor": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Always null: this list is not paged."
                  }
                }
              },
              "ProductList": {
                "type": "object",
                "description": "A page of products, newest first.",
                "required": [
                  "items",
                  "nextCursor"
                ],
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/Product"
                    }
                  },
                  "nextCursor": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Pass as `cursor` to get the next page; null on the last page."
                  }
                }
              },
              "OrderList": {
                "type": "object",
                "description": "A page of orders, newest first.",
                "required": [
                  "items",
                  "nextCursor"
                ],
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/Order"
                    }
                  },
                  "nextCursor": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Pass as `cursor` to get the next page; null on the last page."
                  }
                }
              },
              "PromoList": {
                "type": "object",
                "description": "A brand's promo codes with their use so far, newest first.",
                "required": [
                  "items",
                  "nextCursor"
                ],
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/Promo"
                    }
                  },
                  "nextCursor": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Always null: this list is not paged."
                  }
                }
              },
              "ReviewList": {
                "type": "object",
                "description": "A page of a product's reviews whose notes are live, newest first (a page may hold fewer than `limit`).",
                "required": [
                  "items",
                  "nextCursor"
                ],
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/Review"
                    }
                  },
                  "nextCursor": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Pass as `cursor` to get the next page; null on the last page."
                  }
                }
              },
              "NewBrand": {
                "type": "object",
                "description": "A brand's name and shop description (the body of `POST /api/v1/brands` and `PATCH /api/v1/brands/{id}`).",
                "required": [
                  "name"
                ],
                "properties": {
                  "name": {
                    "type": "string",
                    "description": "1 to 30 characters (trimmed first), unique among brands."
                  },
                  "description": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "At most 500 characters (trimmed first). Absent or null means empty: on `PATCH` it clears the description."
                  }
                }
              },
              "MemberRole": {
                "type": "object",
                "description": "A member's role in a brand. Anything but `owner` or `staff` gives 400 `request.malformed`.",
                "required": [
                  "role"
                ],
                "properties": {
                  "role": {
                    "type": "string",
                    "enum": [
                      "owner",
                      "staff"
                    ]
                  }
                }
              },
              "NewSKU": {
                "type": "object",
                "description": "One variant of a new product.",
                "required": [
                  "price",
                  "stock"
                ],
                "properties": {
                  "attributes": {
                    "type": [
                      "object",
                      "null"
                    ],
                    "additionalProperties": {
                      "type": "string"
                    },
                    "maxProperties": 3,
                    "description": "Attribute name to value, such as `{\"尺码\": \"M\", \"颜色\": \"红色\"}`: at most 3, each name and value 1 to 20 characters (trimmed), and no two variants alike (422 `product.attributes_invalid`). Kept in the order of their names. Absent, null or empty for a plain variant."
                  },
                  "price": {
                    "$ref": "#/components/schemas/Money",
                    "description": "1 to 100,000,000 minor units (422 `product.price_invalid`); every variant in one currency (422 `product.currency_mismatch`)."
                  },
                  "stock": {
                    "type": "integer",
                    "minimum": 0,
                    "maximum": 1000000,
                    "description": "Units to sell (422 `product.stock_invalid` outside 0 to 1,000,000)."
                  }
                }
              },
              "NewProduct": {
                "type": "object",
                "description": "A product to list in a brand's shop (the body of `POST /api/v1/brands/{id}/products`). Prices are never taken from a buyer: checkout uses these.",
                "required": [
                  "name",
                  "skus"
                ],
                "properties": {
                  "name": {
                    "type": "string",
                    "description": "1 to 40 characters (trimmed first)."
                  },
                  "description": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "At most 2,000 characters (trimmed first). Absent or null means empty."
                  },
                  "status": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "enum": [
                      "draft",
                      "active",
                      "archived",
                      null
                    ],
                    "default": "active",
                    "description": "Only `active` products are seen and bought by everyone. Absent or null means `active`."
                  },
                  "tagIds": {
                    "type": [
                      "array",
                      "null"
                    ],
                    "items": {
                      "$ref": "#/components/schemas/Id"
                    },
                    "description": "Ids of existing interest tags; at most 5 after dropping repeats. Absent or null means none."
                  },
                  "media": {
                    "type": [
                      "array",
                      "null"
                    ],
                    "items": {
                      "$ref": "#/components/schemas/Media"
                    },
                    "maxItems": 9,
                    "description": "At most 9 images or videos; the first is the cover. Absent or null means none."
                  },
                  "restockOnRefund": {
                    "type": [
                      "boolean",
                      "null"
                    ],
                    "default": true,
                    "description": "Whether refunded units go back into stock. Absent or null means true."
                  },
                  "skus": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/NewSKU"
                    },
                    "minItems": 1,
                    "maxItems": 50,
                    "description": "1 to 50 variants; missing or empty gives 422 `product.sku_count`."
                  }
                }
              },
              "ProductChanges": {
                "type": "object",
                "description": "The fields to change; those left out keep their values.",
                "properties": {
                  "name": {
                    "type": "string",
                    "description": "1 to 40 characters (trimmed first)."
                  },
                  "description": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "At most 2,000 characters (trimmed first). Absent or null means empty."
                  },
                  "status": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "enum": [
                      "draft",
                      "active",
                      "archived",
                      null
                    ],
                    "default": "active",
                    "description": "Only `active` products are seen and bought by everyone. Absent or null means `active`."
                  },
                  "tagIds": {
                    "type": [
                      "array",
                      "null"
                    ],
                    "items": {
                      "$ref": "#/components/schemas/Id"
                    },
                    "description": "Ids of existing interest tags; at most 5 after dropping repeats. Absent or null means none."
                  },
                  "media": {
                    "type": [
                      "array",
                      "null"
                    ],
                    "items": {
                      "$ref": "#/components/schemas/Media"
                    },
                    "maxItems": 9,
                    "description": "At most 9 images or videos; the first is the cover. Absent or null means none."
                  },
                  "restockOnRefund": {
                    "type": [
                      "boolean",
                      "null"
                    ],
                    "default": true,
                    "description": "Whether refunded units go back into stock. Absent or null means true."
                  }
                }
              },
              "SKUChanges": {
                "type": "object",
                "description": "A variant's new price and/or stock; an absent or null field stays as it is.",
                "properties": {
                  "price": {
                    "anyOf": [
                      {
                        "$ref": "#/components/schemas/Money"
                      },
                      {
                        "type": "null"
                      }
                    ],
                    "description": "1 to 100,000,000 minor units (422 `product.price_invalid`), in the product's currency (422 `product.currency_mismatch`)."
                  },
                  "stock": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "minimum": 0,
                    "maximum": 1000000,
                    "description": "Units to sell (422 `product.stock_invalid` outside 0 to 1,000,000)."
                  }
                }
              },
              "NewPromo": {
                "type": "object",
                "description": "A promo code to create. Give exactly one of `percentOff` and `amountOff` (both or neither gives 400 `request.bad_parameter`).",
                "required": [
                  "code"
                ],
                "properties": {
                  "code": {
                    "type": "string",
                    "description": "3 to 20 letters and digits; trimmed and upper-cased (422 `promo.code_invalid`), unique within the brand (409 `promo.code_taken`).",
                    "examples": [
                      "MEI20"
                    ]
                  },
                  "percentOff": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "minimum": 1,
                    "maximum": 90,
                    "description": "Percent off the subtotal, 1 to 90 (422 `promo.discount_invalid`)."
                  },
                  "amountOff": {
                    "anyOf": [
                      {
                        "$ref": "#/components/schemas/Money"
                      },
                      {
                        "type": "null"
                      }
                    ],
                    "description": "A fixed amount off, 1 to 100,000,000 minor units (422 `promo.discount_invalid`)."
                  },
                  "usageLimit": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "minimum": 1,
                    "maximum": 1000000,
                    "description": "How many orders may use it, 1 to 1,000,000 (422 `promo.limit_invalid`); absent or null for no limit."
                  },
                  "expiresAt": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date-time",
                    "description": "When it stops working; must be in the future (422 `promo.expiry_invalid`). Absent or null: never."
                  },
                  "creatorId": {
                    "anyOf": [
                      {
                        "$ref": "#/components/schemas/Id"
                      },
                      {
                        "type": "null"
                      }
                    ],
                    "description": "The creator whose audience it is for (422 `promo.creator_not_found` if there is no such user)."
                  }
                }
              },
              "CartQuantity": {
                "type": "object",
                "description": "How many of a SKU the cart should hold.",
                "required": [
                  "quantity"
                ],
                "properties": {
                  "quantity": {
                    "type": "integer",
                    "minimum": 0,
                    "maximum": 99,
                    "description": "0 to 99 (422 `cart.quantity_invalid`); 0 removes the item."
                  }
                }
              },
              "NewOrderItem": {
                "type": "object",
                "required": [
                  "skuId",
                  "quantity"
                ],
                "properties": {
                  "skuId": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "quantity": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 99,
                    "description": "1 to 99, also after merging repeats of a SKU (422 `order.quantity_invalid`)."
                  }
                }
              },
              "NewOrder": {
                "type": "object",
                "description": "What to buy. `{}` (or no body) buys the whole cart; `{\"brandId\"}` only that shop's part of it; `{\"items\": [...]}` those items, leaving the cart alone. Items bought from the cart are taken out of it. Every item must come from one shop (422 `order.multiple_shops`). Prices always come from the shop, never from the body.",
                "properties": {
                  "items": {
                    "type": [
                      "array",
                      "null"
                    ],
                    "items": {
                      "$ref": "#/components/schemas/NewOrderItem"
                    },
                    "description": "Buy these instead of the cart: at most 50 different SKUs (422 `order.too_many_lines`); nothing to buy gives 422 `order.nothing_to_buy`."
                  },
                  "brandId": {
                    "anyOf": [
                      {
                        "$ref": "#/components/schemas/Id"
                      },
                      {
                        "type": "null"
                      }
                    ],
                    "description": "Buy only this shop's part of the cart (ignored with `items`)."
                  },
                  "promoCode": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "A promo code of the shop (trimmed, any case); empty means none. Unknown, expired or for another currency gives 422 `promo.not_found`, `promo.expired` or `promo.currency_mismatch`; used up gives 409 `promo.used_up`."
                  }
                }
              },
              "CardPayment": {
                "type": "object",
                "description": "The card to charge the order's total to.",
                "required": [
                  "card"
                ],
                "properties": {
                  "card": {
                    "type": "string",
                    "description": "A card number: 12 to 19 digits with a valid check digit (spaces and hyphens are ignored; 422 `payment.card_invalid`). With the sandbox provider, `4242424242424242` pays, `4000000000000002` is declined (402 `payment.declined`), `4000000000009995` is declined for insufficient funds (402 `payment.declined`), `4000000000000119` times out (503 `payment.unavailable`), and any other valid number pays.",
                    "examples": [
                      "4242424242424242"
                    ]
                  }
                }
              },
              "NewReview": {
                "type": "object",
                "description": "A review of a product of a delivered (or completed) order: a rating and a note. The note is published like `POST /api/v1/notes` and shows the product's card first.",
                "required": [
                  "productId",
                  "rating",
                  "title"
                ],
                "properties": {
                  "productId": {
                    "$ref": "#/components/schemas/Id",
                    "description": "A product in the order (422 `review.product_not_in_order`)."
                  },
                  "rating": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 5,
                    "description": "1 to 5 stars (422 `review.rating_invalid`)."
                  },
                  "title": {
                    "type": "string",
                    "description": "The note's title: 1 to 20 characters (trimmed first)."
                  },
                  "body": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The note's body: at most 1,000 characters (trimmed first)."
                  },
                  "tagIds": {
                    "type": [
                      "array",
                      "null"
                    ],
                    "items": {
                      "$ref": "#/components/schemas/Id"
                    },
                    "description": "Ids of existing interest tags; at most 10 after dropping repeats."
                  },
                  "media": {
                    "type": [
                      "array",
                      "null"
                    ],
                    "items": {
                      "$ref": "#/components/schemas/Media"
                    },
                    "maxItems": 18,
                    "description": "At most 18 images or videos."
                  }
                }
              },
              "BrandChanges": {
                "type": "object",
                "description": "The fields to change; those left out keep their values.",
                "properties": {
                  "name": {
                    "type": "string",
                    "description": "1 to 30 characters (trimmed first), unique among brands."
                  },
                  "description": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "At most 500 characters (trimmed first). Absent or null means empty: on `PATCH` it clears the description."
                  }
                }
              },
              "Highlight": {
                "type": "object",
                "required": [
                  "text",
                  "spans"
                ],
                "properties": {
                  "text": {
                    "type": "string"
                  },
                  "spans": {
                    "type": "array",
                    "description": "Matched spans as UTF-16 offsets [start, end).",
                    "items": {
                      "type": "array",
                      "items": {
                        "type": "integer"
                      },
                      "minItems": 2,
                      "maxItems": 2
                    }
                  }
                }
              },
              "ScoreExplanation": {
                "type": "object",
                "required": [
                  "parts",
                  "total"
                ],
                "properties": {
                  "total": {
                    "type": "number"
                  },
                  "parts": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "required": [
                        "name",
                        "value",
                        "weight",
                        "raw"
                      ],
                      "properties": {
                        "name": {
                          "type": "string",
                          "description": "text, quality, freshness, interest (notes) or text, popularity."
                        },
                        "value": {
                          "type": "number"
                        },
                        "weight": {
                          "type": "number"
                        },
                        "raw": {
                          "type": "number"
                        }
                      }
                    }
                  }
                }
              },
              "Suggestion": {
                "type": "object",
                "required": [
                  "text",
                  "kind"
                ],
                "properties": {
                  "text": {
                    "type": "string"
                  },
                  "kind": {
                    "type": "string",
                    "enum": [
                      "query",
                      "tag",
                      "brand",
                      "product"
                    ]
                  }
                }
              },
              "SearchHit": {
                "type": "object",
                "required": [
                  "type",
                  "position"
                ],
                "description": "One result; `type` says which fields are set.",
                "properties": {
                  "type": {
                    "type": "string",
                    "enum": [
                      "note",
                      "product",
                      "user",
                      "tag",
                      "topic"
                    ]
                  },
                  "position": {
                    "type": "integer",
                    "minimum": 1
                  },
                  "score": {
                    "type": [
                      "number",
                      "null"
                    ]
                  },
                  "explain": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/ScoreExplanation"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "note": {
                    "$ref": "#/components/schemas/NoteCard"
                  },
                  "title": {
                    "$ref": "#/components/schemas/Highlight"
                  },
                  "snippet": {
                    "$ref": "#/components/schemas/Highlight"
                  },
                  "product": {
                    "$ref": "#/components/schemas/ProductCard"
                  },
                  "user": {
                    "$ref": "#/components/schemas/UserSummary"
                  },
                  "followers": {
                    "type": "integer"
                  },
                  "tag": {
                    "$ref": "#/components/schemas/Tag"
                  },
                  "topic": {
                    "type": "string"
                  },
                  "notes": {
                    "type": [
                      "integer",
                      "null"
                    ]
                  },
                  "name": {
                    "$ref": "#/components/schemas/Highlight"
                  }
                }
              },
              "SearchResults": {
                "type": "object",
                "required": [
                  "searchId",
                  "query",
                  "type",
                  "sort",
                  "totalIsExact",
                  "items",
                  "suggestions"
                ],
                "properties": {
                  "searchId": {
                    "type": "string",
                    "description": "Clicks on these results refer to it."
                  },
                  "query": {
                    "type": "string"
                  },
                  "type": {
                    "type": "string"
                  },
                  "sort": {
                    "type": "string"
                  },
                  "total": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "description": "On the first page: the number of results, exact or estimated."
                  },
                  "totalIsExact": {
                    "type": "boolean"
                  },
                  "correctedQuery": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/SearchHit"
                    }
                  },
                  "nextCursor": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "suggestions": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/Suggestion"
                    }
                  }
                }
              },
              "SuggestionList": {
                "type": "object",
                "required": [
                  "suggestions"
                ],
                "properties": {
                  "suggestions": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/Suggestion"
                    }
                  }
                }
              },
              "FunnelCounts": {
                "type": "object",
                "required": [
                  "people",
                  "conversion"
                ],
                "properties": {
                  "people": {
                    "type": "object",
                    "description": "Distinct people by stage (impression, read, engage, product_click, add_to_cart, purchase); null where withheld.",
                    "additionalProperties": {
                      "type": [
                        "integer",
                        "null"
                      ]
                    }
                  },
                  "conversion": {
                    "type": "object",
                    "description": "Each stage's people over the stage before's, where both are shown and the earlier is not 0.",
                    "additionalProperties": {
                      "type": "number"
                    }
                  }
                }
              },
              "AttributionRow": {
                "type": "object",
                "required": [
                  "channel",
                  "orders",
                  "buyers",
                  "gmv",
                  "attributed"
                ],
                "properties": {
                  "noteId": {
                    "type": "string"
                  },
                  "title": {
                    "type": "string"
                  },
                  "creator": {
                    "$ref": "#/components/schemas/UserSummary"
                  },
                  "query": {
                    "type": "string"
                  },
                  "campaign": {
                    "type": "string"
                  },
                  "channel": {
                    "type": "string",
                    "enum": [
                      "click",
                      "view"
                    ]
                  },
                  "orders": {
                    "type": "integer"
                  },
                  "buyers": {
                    "type": "integer"
                  },
                  "gmv": {
                    "type": "integer"
                  },
                  "attributed": {
                    "type": "object",
                    "additionalProperties": {
                      "type": "integer"
                    }
                  }
                }
              },
              "BrandReport": {
                "type": "object",
                "required": [
                  "brandId",
                  "since",
                  "until",
                  "minimumPeople",
                  "orders",
                  "gmv",
                  "funnel",
                  "days",
                  "notes",
                  "creators",
                  "queries",
                  "suppressedRows"
                ],
                "properties": {
                  "brandId": {
                    "type": "string"
                  },
                  "since": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "until": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "minimumPeople": {
                    "type": "integer"
                  },
                  "currency": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "orders": {
                    "type": "integer"
                  },
                  "gmv": {
                    "type": "integer"
                  },
                  "funnel": {
                    "$ref": "#/components/schemas/FunnelCounts"
                  },
                  "days": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "required": [
                        "day",
                        "funnel"
                      ],
                      "properties": {
                        "day": {
                          "type": "string",
                          "format": "date"
                        },
                        "funnel": {
                          "$ref": "#/components/schemas/FunnelCounts"
                        }
                      }
                    }
                  },
                  "notes": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/AttributionRow"
                    }
                  },
                  "creators": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/AttributionRow"
                    }
                  },
                  "queries": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/AttributionRow"
                    }
                  },
                  "suppressedRows": {
                    "type": "integer"
                  },
                  "seeding": {
                    "description": "Likes, collects, comments and shares of the brand's notes (not by their authors), and those from people who do not follow the author; null when fewer than 5 people are behind either.",
                    "type": [
                      "object",
                      "null"
                    ],
                    "properties": {
                      "engagements": {
                        "type": "integer"
                      },
                      "people": {
                        "type": "integer"
                      },
                      "fromNonFollowers": {
                        "type": "integer"
                      },
                      "nonFollowers": {
                        "type": "integer"
                      },
                      "share": {
                        "type": [
                          "number",
                          "null"
                        ]
                      }
                    }
                  },
                  "campaigns": {
                    "description": "Rows by the `campaign` the credited touches' events carried (reported by clients in an event's context), like the notes, creators and queries rows.",
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/AttributionRow"
                    }
                  },
                  "returns": {
                    "description": "What the brand spent in the period on notes, creators and queries (see addBrandSpend) against what they brought.",
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/SpendReturn"
                    }
                  },
                  "research": {
                    "description": "Signed-in people who saw or read a note showing the brand's product, and those who later ran a search naming the brand or showing its products or such notes; null when fewer than 5 people are behind either.",
                    "type": [
                      "object",
                      "null"
                    ],
                    "properties": {
                      "readers": {
                        "type": "integer"
                      },
                      "researchers": {
                        "type": "integer"
                      },
                      "rate": {
                        "type": [
                          "number",
                          "null"
                        ]
                      }
                    }
                  }
                }
              },
              "NewSpend": {
                "type": "object",
                "required": [
                  "dimension",
                  "key",
                  "amount",
                  "day"
                ],
                "properties": {
                  "dimension": {
                    "type": "string",
                    "enum": [
                      "note",
                      "creator",
                      "query",
                      "campaign"
                    ]
                  },
                  "key": {
                    "type": "string",
                    "description": "The note's or creator's id, or the search query or campaign (1 to 100 characters)."
                  },
                  "amount": {
                    "$ref": "#/components/schemas/Money"
                  },
                  "day": {
                    "type": "string",
                    "description": "The UTC day it was spent, YYYY-MM-DD."
                  },
                  "label": {
                    "type": "string",
                    "description": "At most 100 characters."
                  }
                }
              },
              "Spend": {
                "type": "object",
                "required": [
                  "id",
                  "dimension",
                  "key",
                  "amount",
                  "day",
                  "label"
                ],
                "properties": {
                  "id": {
                    "type": "string"
                  },
                  "dimension": {
                    "type": "string",
                    "enum": [
                      "note",
                      "creator",
                      "query",
                      "campaign"
                    ]
                  },
                  "key": {
                    "type": "string"
                  },
                  "amount": {
                    "$ref": "#/components/schemas/Money"
                  },
                  "day": {
                    "type": "string"
                  },
                  "label": {
                    "type": "string"
                  }
                }
              },
              "SpendList": {
                "type": "object",
                "required": [
                  "items"
                ],
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/Spend"
                    }
                  }
                }
              },
              "SpendReturn": {
                "type": "object",
                "required": [
                  "dimension",
                  "key",
                  "cost",
                  "attributed",
                  "roi"
                ],
                "properties": {
                  "dimension": {
                    "type": "string",
                    "enum": [
                      "note",
                      "creator",
                      "query",
                      "campaign"
                    ]
                  },
                  "key": {
                    "type": "string"
                  },
                  "cost": {
                    "$ref": "#/components/schemas/Money"
                  },
                  "attributed": {
                    "type": "object",
                    "description": "Each model's attributed amount in minor units, from the report's rows for this key (empty when the spend's currency is not the one the brand sold in).",
                    "additionalProperties": {
                      "type": "integer"
                    }
                  },
                  "roi": {
                    "type": "object",
                    "description": "Attributed amount over cost, by model.",
                    "additionalProperties": {
                      "type": "number"
                    }
                  }
                }
              },
              "PurchasePath": {
                "type": "object",
                "required": [
                  "orderId",
                  "brandId",
                  "at",
                  "amount",
                  "touches"
                ],
                "properties": {
                  "orderId": {
                    "type": "string"
                  },
                  "brandId": {
                    "type": "string"
                  },
                  "at": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "amount": {
                    "$ref": "#/components/schemas/Money"
                  },
                  "channel": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "enum": [
                      "click",
                      "view",
                      null
                    ]
                  },
                  "refundedAt": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date-time"
                  },
                  "touches": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "required": [
                        "eventId",
                        "at",
                        "kind",
                        "channel",
                        "credits"
                      ],
                      "properties": {
                        "eventId": {
                          "type": "string"
                        },
                        "at": {
                          "type": "string",
                          "format": "date-time"
                        },
                        "kind": {
                          "type": "string"
                        },
                        "channel": {
                          "type": "string",
                          "enum": [
                            "click",
                            "view"
                          ]
                        },
                        "note": {
                          "type": "object",
                          "properties": {
                            "id": {
                              "type": "string"
                            },
                            "title": {
                              "type": "string"
                            }
                          }
                        },
                        "creator": {
                          "$ref": "#/components/schemas/UserSummary"
                        },
                        "productId": {
                          "type": "string"
                        },
                        "query": {
                          "type": "string"
                        },
                        "campaign": {
                          "type": "string"
                        },
                        "surface": {
                          "type": "string"
                        },
                        "credits": {
                          "type": "object",
                          "description": "Minor units by model: last_touch, first_touch, linear, time_decay, position_based.",
                          "additionalProperties": {
                            "type": "integer"
                          }
                        }
                      }
                    }
                  }
                }
              },
              "EventReport": {
                "type": "object",
                "required": [
                  "events"
                ],
                "properties": {
                  "events": {
                    "type": "array",
                    "minItems": 1,
                    "maxItems": 500,
                    "items": {
                      "$ref": "#/components/schemas/ReportedEvent"
                    }
                  },
                  "sentAt": {
                    "type": "string",
                    "format": "date-time",
                    "description": "The client's clock when the batch was sent."
                  }
                }
              },
              "ReportedEvent": {
                "type": "object",
                "required": [
                  "clientEventId",
                  "kind",
                  "subject",
                  "at"
                ],
                "properties": {
                  "clientEventId": {
                    "type": "string",
                    "pattern": "^[A-Za-z0-9_.:-]{1,64}$"
                  },
                  "kind": {
                    "type": "string",
                    "enum": [
                      "impression",
                      "check_in"
                    ]
                  },
                  "subject": {
                    "type": "object",
                    "required": [
                      "type",
                      "id"
                    ],
                    "properties": {
                      "type": {
                        "type": "string",
                        "enum": [
                          "note",
                          "product",
                          "user"
                        ]
                      },
                      "id": {
                        "type": "string"
                      }
                    }
                  },
                  "context": {
                    "type": "object",
                    "description": "Any of surface, position (1 to 10000), searchId, campaign, creator, tag; values up to 100 characters.",
                    "additionalProperties": {
                      "type": "string",
                      "maxLength": 100
                    }
                  },
                  "at": {
                    "type": "string",
                    "format": "date-time",
                    "description": "When it happened, by the client's clock."
                  },
                  "sessionId": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 64
                  }
                }
              },
              "ReportOutcome": {
                "type": "object",
                "required": [
                  "accepted",
                  "duplicates",
                  "stale"
                ],
                "properties": {
                  "accepted": {
                    "type": "integer"
                  },
                  "duplicates": {
                    "type": "integer"
                  },
                  "stale": {
                    "type": "integer"
                  }
                }
              },
              "SearchClick": {
                "type": "object",
                "required": [
                  "searchId",
                  "position",
                  "type",
                  "id"
                ],
                "properties": {
                  "searchId": {
                    "type": "string"
                  },
                  "position": {
                    "type": "integer",
                    "minimum": 1
                  },
                  "type": {
                    "type": "string",
                    "enum": [
                      "note",
                      "product",
                      "user",
                      "tag",
                      "topic"
                    ]
                  },
                  "id": {
                    "type": "string",
                    "description": "The result's id (a #topic's text)."
                  }
                }
              },
              "QueryStats": {
                "type": "object",
                "required": [
                  "query",
                  "searches",
                  "noHits",
                  "clicks",
                  "clickThrough"
                ],
                "properties": {
                  "query": {
                    "type": "string"
                  },
                  "searches": {
                    "type": "integer"
                  },
                  "noHits": {
                    "type": "integer"
                  },
                  "clicks": {
                    "type": "integer"
                  },
                  "clickThrough": {
                    "type": "number"
                  }
                }
              },
              "SearchReport": {
                "type": "object",
                "required": [
                  "since",
                  "until",
                  "top",
                  "noHits"
                ],
                "properties": {
                  "since": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "until": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "top": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/QueryStats"
                    }
                  },
                  "noHits": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/QueryStats"
                    }
                  }
                }
              },
              "NoteCard": {
                "type": "object",
                "description": "A note as a result card; GET /api/v1/notes/{id} has the rest.",
                "required": [
                  "id",
                  "title",
                  "author",
                  "likes",
                  "publishedAt"
                ],
                "properties": {
                  "id": {
                    "type": "string"
                  },
                  "title": {
                    "type": "string"
                  },
                  "author": {
                    "$ref": "#/components/schemas/UserSummary"
                  },
                  "cover": {
                    "$ref": "#/components/schemas/Media"
                  },
                  "likes": {
                    "type": "integer"
                  },
                  "publishedAt": {
                    "type": "string",
                    "format": "date-time"
                  }
                }
              },
              "NearbyNote": {
                "type": "object",
                "description": "A note near a place.",
                "required": [
                  "note",
                  "distanceMeters"
                ],
                "properties": {
                  "note": {
                    "$ref": "#/components/schemas/Note"
                  },
                  "distanceMeters": {
                    "type": [
                      "number",
                      "null"
                    ],
                    "description": "How far the note's place is from the point, in metres; null when the place was a city."
                  }
                }
              },
              "NearbyNoteList": {
                "type": "object",
                "description": "A page of nearby notes: newest first in a city, nearest first around a point.",
                "required": [
                  "items",
                  "nextCursor"
                ],
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/NearbyNote"
                    }
                  },
                  "nextCursor": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Pass as `cursor` to get the next page; null on the last page."
                  }
                }
              },
              "FeedReason": {
                "type": "object",
                "description": "One reason a note is in someone's feed; `kind` says which of `tag`, `user` and `topic` is set.",
                "required": [
                  "kind",
                  "weight",
                  "text"
                ],
                "properties": {
                  "kind": {
                    "type": "string",
                    "enum": [
                      "tag",
                      "topic",
                      "author",
                      "follow",
                      "trending",
                      "fresh",
                      "quality",
                      "explore"
                    ],
                    "description": "`tag`, `topic`, `author`: what in the reader's profile the note matches (a negative weight: what they said they are not interested in, or rarely read); `follow`: the reader follows the author; `trending`: engagements in the last 48 hours; `fresh`: new and looking for its first readers; `quality` or `explore`: for a visitor, or when nothing personal applies."
                  },
                  "weight": {
                    "type": "number",
                    "description": "For `tag`, `topic` and `author`, the weight relative to the reader's strongest of that kind (negative when disliked); for `follow`, the boost given; for `trending`, the number of engagements; for `fresh`, 1; for `quality` and `explore`, the quality factor."
                  },
                  "text": {
                    "type": "string",
                    "description": "The reason in words, Chinese first, then English.",
                    "examples": [
                      "你常看「咖啡探店」的笔记 · You often read notes about Café hopping"
                    ]
                  },
                  "tag": {
                    "$ref": "#/components/schemas/Tag",
                    "description": "The tag, for `tag`; absent otherwise."
                  },
                  "user": {
                    "$ref": "#/components/schemas/UserSummary",
                    "description": "The author, for `author` and `follow`; absent otherwise."
                  },
                  "topic": {
                    "type": "string",
                    "description": "The #topic (without the `#`), for `topic`; absent otherwise."
                  }
                }
              },
              "FeedExplanation": {
                "type": "object",
                "description": "Why a note is (or would be) in someone's feed.",
                "required": [
                  "noteId",
                  "score",
                  "personal",
                  "parts",
                  "reasons"
                ],
                "properties": {
                  "noteId": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "score": {
                    "type": "number",
                    "description": "Predicted engagement: the product of the parts' values."
                  },
                  "personal": {
                    "type": "boolean",
                    "description": "Whether the score is for the signed-in reader (false for a visitor: no interest profile, quality and freshness only)."
                  },
                  "parts": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "required": [
                        "name",
                        "value",
                        "raw"
                      ],
                      "properties": {
                        "name": {
                          "type": "string",
                          "enum": [
                            "interest",
                            "quality",
                            "freshness"
                          ]
                        },
                        "value": {
                          "type": "number",
                          "description": "The factor; the score is the product of the three."
                        },
                        "raw": {
                          "type": "number",
                          "description": "What the factor is made from: the tag match (interest), the smoothed engagement rate (quality), the note's age in hours (freshness)."
                        }
                      }
                    }
                  },
                  "reasons": {
                    "type": "array",
                    "description": "Strongest first.",
                    "items": {
                      "$ref": "#/components/schemas/FeedReason"
                    }
                  }
                }
              },
              "NotInterested": {
                "type": "object",
                "description": "\"Not interested\" in a note from the feed.",
                "required": [
                  "noteId"
                ],
                "properties": {
                  "noteId": {
                    "$ref": "#/components/schemas/Id"
                  },
                  "reason": {
                    "type": "string",
                    "enum": [
                      "note",
                      "tag",
                      "author"
                    ],
                    "default": "note",
                    "description": "What you are not interested in: this note only, its tags, or its author."
                  }
                }
              },
              "InterestPicks": {
                "type": "object",
                "description": "Interest tags picked on the onboarding page.",
                "required": [
                  "tagIds"
                ],
                "properties": {
                  "tagIds": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/Id"
                    },
                    "description": "At most 30 different tags (repeats are dropped first; 422 `interests.too_many` otherwise)."
                  }
                }
              },
              "Interests": {
                "type": "object",
                "description": "A person's interest profile, each list strongest first. Weights are decayed sums (halving every 7 days) of what the person read, liked, collected, commented, shared, followed, searched and bought.",
                "required": [
                  "tags",
                  "topics",
                  "authors"
                ],
                "properties": {
                  "tags": {
                    "type": "array",
                    "description": "At most 50.",
                    "items": {
                      "type": "object",
                      "required": [
                        "tag",
                        "weight"
                      ],
                      "properties": {
                        "tag": {
                          "$ref": "#/components/schemas/Tag"
                        },
                        "weight": {
                          "type": "number"
                        }
                      }
                    }
                  },
                  "topics": {
                    "type": "array",
                    "description": "At most 20; #topics without the `#`, folded as search folds text (case, accents and width ignored).",
                    "items": {
                      "type": "object",
                      "required": [
                        "topic",
                        "weight"
                      ],
                      "properties": {
                        "topic": {
                          "type": "string"
                        },
                        "weight": {
                          "type": "number"
                        }
                      }
                    }
                  },
                  "authors": {
                    "type": "array",
                    "description": "At most 20.",
                    "items": {
                      "type": "object",
                      "required": [
                        "user",
                        "weight"
                      ],
                      "properties": {
                        "user": {
                          "$ref": "#/components/schemas/UserSummary"
                        },
                        "weight": {
                          "type": "number"
                        }
                      }
                    }
                  }
                }
              }
            },
            "responses": {
              "BadRequest": {
                "description": "The request could not be read: malformed JSON or wrong types (`request.malformed`), a bad id (`request.bad_id`), a bad query parameter (`request.bad_parameter`) or a cursor this server did not make (`cursor.invalid`).",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    },
                    "example": {
                      "error": {
                        "code": "request.bad_id",
                        "message": "The id must be a positive 64-bit number written in decimal."
                      }
                    }
                  }
                }
              },
              "Unauthorized": {
                "description": "Nobody is signed in: the `Authorization: Bearer` token is missing, unknown or expired (`session.required`).",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    },
                    "example": {
                      "error": {
                        "code": "session.required",
                        "message": "Sign in to do this."
                      }
                    }
                  }
                }
              },
              "Forbidden": {
                "description": "Signed in, but not allowed to do this.",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    },
                    "example": {
                      "error": {
                        "code": "note.not_author",
                        "message": "Only the author can do this to a note."
                      }
                    }
                  }
                }
              },
              "NotFound": {
                "description": "The thing does not exist, or is not visible to the caller.",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    },
                    "example": {
                      "error": {
                        "code": "note.not_found",
                        "message": "Note 42 does not exist."
                      }
                    }
                  }
                }
              },
              "Conflict": {
                "description": "The request conflicts with what is stored.",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    },
                    "example": {
                      "error": {
                        "code": "account.handle_taken",
                        "message": "The handle @mei_eats is already taken."
                      }
                    }
                  }
                }
              },
              "Unprocessable": {
                "description": "The input is well formed but breaks a rule; `code` names the first rule broken.",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    },
                    "example": {
                      "error": {
                        "code": "note.title_length",
                        "message": "A title is 1 to 20 characters."
                      }
                    }
                  }
                }
              },
              "TooLarge": {
                "description": "The request body is larger than 256 KiB (`request.too_large`).",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    },
                    "example": {
                      "error": {
                        "code": "request.too_large",
                        "message": "The request body is too large."
                      }
                    }
                  }
                }
              },
              "TooManyRequests": {
                "description": "Too many attempts; try again later.",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    },
                    "example": {
                      "error": {
                        "code": "session.too_many_attempts",
                        "message": "Too many failed sign-ins. Try again in 60 seconds."
                      }
                    }
                  }
                },
                "headers": {
                  "Retry-After": {
                    "description": "How many seconds to wait before trying again.",
                    "schema": {
                      "type": "integer",
                      "minimum": 0
                    }
                  }
                }
              },
              "PaymentRequired": {
                "description": "The payment was declined (`payment.declined`); nothing was charged.",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    },
                    "example": {
                      "error": {
                        "code": "payment.declined",
                        "message": "The payment was declined: insufficient funds."
                      }
                    }
                  }
                }
              },
              "Unavailable": {
                "description": "Something the request needs did not answer in time; nothing was done. Try again.",
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    },
                    "example": {
                      "error": {
                        "code": "payment.unavailable",
                        "message": "The payment provider did not answer in time; nothing was charged. Try again."
                      }
                    }
                  }
                }
              }
            },
            "parameters": {
              "UserId": {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "The user's id. Anything but a positive 64-bit decimal number gives 400 `request.bad_id`.",
                "schema": {
                  "$ref": "#/components/schemas/Id"
                }
              },
              "NoteId": {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "The note's id. Anything but a positive 64-bit decimal number gives 400 `request.bad_id`.",
                "schema": {
                  "$ref": "#/components/schemas/Id"
                }
              },
              "TagId": {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "The tag's id. Anything but a positive 64-bit decimal number gives 400 `request.bad_id`.",
                "schema": {
                  "$ref": "#/components/schemas/Id"
                }
              },
              "Limit": {
                "name": "limit",
                "in": "query",
                "required": false,
                "description": "How many items to return at most. Anything but a whole number from 1 to 100 gives 400 `request.bad_parameter`.",
                "schema": {
                  "type": "integer",
                  "minimum": 1,
                  "maximum": 100,
                  "default": 20
                }
              },
              "Cursor": {
                "name": "cursor",
                "in": "query",
                "required": false,
                "description": "Where to continue: the `nextCursor` of the previous page (opaque). Empty means the first page; a cursor this server did not make gives 400 `cursor.invalid`.",
                "schema": {
                  "type": "string"
                }
              },
              "BoardId": {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "A board id.",
                "schema": {
                  "$ref": "#/components/schemas/Id"
                }
              },
              "CommentId": {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "A comment id.",
                "schema": {
                  "$ref": "#/components/schemas/Id"
                }
              },
              "BrandId": {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "The brand's id. Anything but a positive 64-bit decimal number gives 400 `request.bad_id`.",
                "schema": {
                  "$ref": "#/components/schemas/Id"
                }
              },
              "ProductId": {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "The product's id. Anything but a positive 64-bit decimal number gives 400 `request.bad_id`.",
                "schema": {
                  "$ref": "#/components/schemas/Id"
                }
              },
              "SKUId": {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "The SKU's id. Anything but a positive 64-bit decimal number gives 400 `request.bad_id`.",
                "schema": {
                  "$ref": "#/components/schemas/Id"
                }
              },
              "OrderId": {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "The order's id. Anything but a positive 64-bit decimal number gives 400 `request.bad_id`.",
                "schema": {
                  "$ref": "#/components/schemas/Id"
                }
              },
              "MemberUserId": {
                "name": "userId",
                "in": "path",
                "required": true,
                "description": "The member (user)'s id. Anything but a positive 64-bit decimal number gives 400 `request.bad_id`.",
                "schema": {
                  "$ref": "#/components/schemas/Id"
                }
              },
              "CartSKUId": {
                "name": "skuId",
                "in": "path",
                "required": true,
                "description": "The SKU's id. Anything but a positive 64-bit decimal number gives 400 `request.bad_id`.",
                "schema": {
                  "$ref": "#/components/schemas/Id"
                }
              },
              "CardProductId": {
                "name": "productId",
                "in": "path",
                "required": true,
                "description": "The product's id. Anything but a positive 64-bit decimal number gives 400 `request.bad_id`.",
                "schema": {
                  "$ref": "#/components/schemas/Id"
                }
              },
              "IdempotencyKey": {
                "name": "Idempotency-Key",
                "in": "header",
                "required": true,
                "description": "A key the client makes up for this attempt (a UUID, say) and sends again on every retry of it: 8 to 100 visible ASCII characters. Missing gives 400 `idempotency.key_missing`; malformed, 400 `idempotency.key_invalid`; the same key with a different request, 422 `idempotency.key_reused`.",
                "schema": {
                  "type": "string",
                  "minLength": 8,
                  "maxLength": 100,
                  "pattern": "^[!-~]{8,100}$"
                },
                "example": "5f0c2a9e-3b1d-4c67-9a8e-2d4f6b1c7e90"
              },
              "OrderAction": {
                "name": "action",
                "in": "path",
                "required": true,
                "description": "What to do. `cancel` (the buyer, a pending order: stock and promo use are given back), `ship` (a shop member, a paid order), `deliver` (a shop member or the buyer, a shipped order), `complete` (the buyer, a delivered order), `request-refund` (the buyer, a paid, shipped or delivered order), `approve-refund` (a shop member: the money goes back, and units go back into stock for products whose policy says so), `decline-refund` (a shop member: the order returns to where it was). Any other word gives 404 `route.not_found`.",
                "schema": {
                  "type": "string",
                  "enum": [
                    "cancel",
                    "ship",
                    "deliver",
                    "complete",
                    "request-refund",
                    "approve-refund",
                    "decline-refund"
                  ]
                }
              }
            },
            "securitySchemes": {
              "bearerAuth": {
                "type": "http",
                "scheme": "bearer",
                "description": "The token from `POST /api/v1/sessions`, sent as `Authorization: Bearer TOKEN`."
              }
            }
          }
        }
        """#
}
