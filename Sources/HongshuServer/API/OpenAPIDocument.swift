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
              "name": "Operations",
              "description": "Health, metrics and this document."
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
                    "description": "The body is not JSON of the expected shape (`request.malformed`), or an entry of `tagIds` is not an id (`request.bad_id`)."
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "413": {
                    "$ref": "#/components/responses/TooLarge"
                  },
                  "422": {
                    "$ref": "#/components/responses/Unprocessable",
                    "description": "A rule is broken: `note.title_length`, `note.body_length`, `note.too_many_tags`, `note.unknown_tag`, `note.too_many_topics`, `note.topic_invalid`, `note.too_many_media`, `note.media_invalid` or `note.place_invalid`."
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
                  "stats"
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
