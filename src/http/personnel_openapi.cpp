// The OpenAPI description of the personnel routes (personnel_api.cpp).
#include "http/personnel_api.h"

namespace daihoi::http {

const nlohmann::json& PersonnelOpenApi() {
  static const nlohmann::json document = nlohmann::json::parse(R"json({
  "paths": {
    "/congresses/{code}/{term}/scheme": {
      "get": {
        "summary": "Đề án nhân sự: a version of the congress's personnel scheme with its workflow, nominees (positions, open vetting) and statistics against the targets and the outgoing committee (R-STRUCTURE, R-SURPLUS); kPersonnel",
        "parameters": [
          {
            "$ref": "#/components/parameters/PersonnelCongressCode"
          },
          {
            "$ref": "#/components/parameters/PersonnelCongressTerm"
          },
          {
            "name": "version",
            "in": "query",
            "description": "Version (default: the latest)",
            "schema": {
              "type": "integer"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The scheme",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SchemeView"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/Error"
          },
          "403": {
            "$ref": "#/components/responses/Error"
          },
          "404": {
            "$ref": "#/components/responses/Error"
          }
        }
      },
      "post": {
        "summary": "Version 1 of the scheme, a draft",
        "parameters": [
          {
            "$ref": "#/components/parameters/PersonnelCongressCode"
          },
          {
            "$ref": "#/components/parameters/PersonnelCongressTerm"
          }
        ],
        "requestBody": {
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/SchemeRequest"
              }
            }
          },
          "required": true
        },
        "responses": {
          "201": {
            "description": "The scheme",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SchemeView"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/Error"
          },
          "403": {
            "$ref": "#/components/responses/Error"
          },
          "404": {
            "$ref": "#/components/responses/Error"
          },
          "409": {
            "$ref": "#/components/responses/Error"
          }
        }
      }
    },
    "/congresses/{code}/{term}/scheme.pdf": {
      "get": {
        "summary": "The printable scheme (Party document layout)",
        "parameters": [
          {
            "$ref": "#/components/parameters/PersonnelCongressCode"
          },
          {
            "$ref": "#/components/parameters/PersonnelCongressTerm"
          },
          {
            "name": "version",
            "in": "query",
            "description": "Version (default: the latest)",
            "schema": {
              "type": "integer"
            }
          },
          {
            "name": "place",
            "in": "query",
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "PDF",
            "content": {
              "application/pdf": {
                "schema": {
                  "type": "string",
                  "format": "binary"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/Error"
          },
          "403": {
            "$ref": "#/components/responses/Error"
          },
          "404": {
            "$ref": "#/components/responses/Error"
          }
        }
      }
    },
    "/congresses/{code}/{term}/scheme/revise": {
      "post": {
        "summary": "A new draft version copied from the returned one",
        "parameters": [
          {
            "$ref": "#/components/parameters/PersonnelCongressCode"
          },
          {
            "$ref": "#/components/parameters/PersonnelCongressTerm"
          }
        ],
        "responses": {
          "201": {
            "description": "The scheme",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SchemeView"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/Error"
          },
          "403": {
            "$ref": "#/components/responses/Error"
          },
          "404": {
            "$ref": "#/components/responses/Error"
          },
          "409": {
            "$ref": "#/components/responses/Error"
          }
        }
      }
    },
    "/congresses/{code}/{term}/scheme/nominees": {
      "post": {
        "summary": "Propose a registry member on the draft's committee or delegate list, with the reason (R-VOTERS)",
        "parameters": [
          {
            "$ref": "#/components/parameters/PersonnelCongressCode"
          },
          {
            "$ref": "#/components/parameters/PersonnelCongressTerm"
          }
        ],
        "requestBody": {
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/SchemeNomineeRequest"
              }
            }
          },
          "required": true
        },
        "responses": {
          "201": {
            "description": "The scheme",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SchemeView"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/Error"
          },
          "403": {
            "$ref": "#/components/responses/Error"
          },
          "404": {
            "$ref": "#/components/responses/Error"
          },
          "409": {
            "$ref": "#/components/responses/Error"
          },
          "422": {
            "$ref": "#/components/responses/Error"
          }
        }
      }
    },
    "/congresses/{code}/{term}/scheme/nominees/{member}": {
      "delete": {
        "summary": "Take a member off the draft",
        "parameters": [
          {
            "$ref": "#/components/parameters/PersonnelCongressCode"
          },
          {
            "$ref": "#/components/parameters/PersonnelCongressTerm"
          },
          {
            "name": "member",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "list",
            "in": "query",
            "schema": {
              "type": "string",
              "enum": [
                "committee",
                "delegates"
              ]
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The scheme",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SchemeView"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/Error"
          },
          "403": {
            "$ref": "#/components/responses/Error"
          },
          "404": {
            "$ref": "#/components/responses/Error"
          },
          "409": {
            "$ref": "#/components/responses/Error"
          }
        }
      }
    },
    "/congresses/{code}/{term}/scheme/submit": {
      "post": {
        "summary": "Submit the draft to the superior committee; opens a vetting task per nominee and board",
        "parameters": [
          {
            "$ref": "#/components/parameters/PersonnelCongressCode"
          },
          {
            "$ref": "#/components/parameters/PersonnelCongressTerm"
          }
        ],
        "requestBody": {
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "properties": {
                  "vetting_due": {
                    "type": "string",
                    "format": "date"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The scheme",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SchemeView"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/Error"
          },
          "403": {
            "$ref": "#/components/responses/Error"
          },
          "404": {
            "$ref": "#/components/responses/Error"
          },
          "409": {
            "$ref": "#/components/responses/Error"
          }
        }
      }
    },
    "/congresses/{code}/{term}/scheme/return": {
      "post": {
        "summary": "The superior committee returns the submitted version with its comment (kPersonnel at the superior)",
        "parameters": [
          {
            "$ref": "#/components/parameters/PersonnelCongressCode"
          },
          {
            "$ref": "#/components/parameters/PersonnelCongressTerm"
          }
        ],
        "requestBody": {
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "required": [
                  "comment"
                ],
                "properties": {
                  "comment": {
                    "type": "string"
                  }
                }
              }
            }
          },
          "required": true
        },
        "responses": {
          "200": {
            "description": "The scheme",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SchemeView"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/Error"
          },
          "403": {
            "$ref": "#/components/responses/Error"
          },
          "404": {
            "$ref": "#/components/responses/Error"
          },
          "409": {
            "$ref": "#/components/responses/Error"
          }
        }
      }
    },
    "/congresses/{code}/{term}/scheme/approve": {
      "post": {
        "summary": "The superior committee approves the submitted version",
        "parameters": [
          {
            "$ref": "#/components/parameters/PersonnelCongressCode"
          },
          {
            "$ref": "#/components/parameters/PersonnelCongressTerm"
          }
        ],
        "requestBody": {
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "properties": {
                  "comment": {
                    "type": "string"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The scheme",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SchemeView"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/Error"
          },
          "403": {
            "$ref": "#/components/responses/Error"
          },
          "404": {
            "$ref": "#/components/responses/Error"
          },
          "409": {
            "$ref": "#/components/responses/Error"
          }
        }
      }
    },
    "/congresses/{code}/{term}/scheme/seed-nominations": {
      "post": {
        "summary": "Nominate the approved committee list (source committee) to the congress's committee election",
        "parameters": [
          {
            "$ref": "#/components/parameters/PersonnelCongressCode"
          },
          {
            "$ref": "#/components/parameters/PersonnelCongressTerm"
          }
        ],
        "requestBody": {
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "properties": {
                  "election_id": {
                    "type": "integer"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "What was nominated",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "election_id": {
                      "type": "integer"
                    },
                    "added": {
                      "type": "integer"
                    },
                    "already": {
                      "type": "integer"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/Error"
          },
          "403": {
            "$ref": "#/components/responses/Error"
          },
          "404": {
            "$ref": "#/components/responses/Error"
          },
          "409": {
            "$ref": "#/components/responses/Error"
          }
        }
      }
    },
    "/congresses/{code}/{term}/vetting": {
      "get": {
        "summary": "The vetting file: tasks per nominee and board, complaints (every read audited as vetting.read)",
        "parameters": [
          {
            "$ref": "#/components/parameters/PersonnelCongressCode"
          },
          {
            "$ref": "#/components/parameters/PersonnelCongressTerm"
          },
          {
            "name": "member",
            "in": "query",
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The vetting file",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/VettingFile"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/Error"
          },
          "403": {
            "$ref": "#/components/responses/Error"
          },
          "404": {
            "$ref": "#/components/responses/Error"
          }
        }
      }
    },
    "/congresses/{code}/{term}/complaints": {
      "post": {
        "summary": "Register a complaint or denunciation about a nominee (an anonymous letter is recorded as such)",
        "parameters": [
          {
            "$ref": "#/components/parameters/PersonnelCongressCode"
          },
          {
            "$ref": "#/components/parameters/PersonnelCongressTerm"
          }
        ],
        "requestBody": {
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ComplaintRequest"
              }
            }
          },
          "required": true
        },
        "responses": {
          "201": {
            "description": "The complaint's id",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "id": {
                      "type": "integer"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/Error"
          },
          "403": {
            "$ref": "#/components/responses/Error"
          },
          "404": {
            "$ref": "#/components/responses/Error"
          },
          "409": {
            "$ref": "#/components/responses/Error"
          }
        }
      }
    },
    "/vetting-tasks/{id}/conclusion": {
      "post": {
        "summary": "A board's conclusion on a task: cleared, or concern with a note",
        "parameters": [
          {
            "$ref": "#/components/parameters/PersonnelItemId"
          }
        ],
        "requestBody": {
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "required": [
                  "conclusion"
                ],
                "properties": {
                  "conclusion": {
                    "type": "string",
                    "enum": [
                      "cleared",
                      "concern"
                    ]
                  },
                  "note": {
                    "type": "string"
                  }
                }
              }
            }
          },
          "required": true
        },
        "responses": {
          "200": {
            "description": "The task",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/Error"
          },
          "403": {
            "$ref": "#/components/responses/Error"
          },
          "404": {
            "$ref": "#/components/responses/Error"
          },
          "409": {
            "$ref": "#/components/responses/Error"
          }
        }
      }
    },
    "/complaints/{id}/conclusion": {
      "post": {
        "summary": "Conclude a complaint",
        "parameters": [
          {
            "$ref": "#/components/parameters/PersonnelItemId"
          }
        ],
        "requestBody": {
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "required": [
                  "conclusion"
                ],
                "properties": {
                  "conclusion": {
                    "type": "string"
                  },
                  "concluded_on": {
                    "type": "string",
                    "format": "date"
                  }
                }
              }
            }
          },
          "required": true
        },
        "responses": {
          "200": {
            "description": "Concluded",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "id": {
                      "type": "integer"
                    },
                    "concluded_on": {
                      "type": "string"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/Error"
          },
          "403": {
            "$ref": "#/components/responses/Error"
          },
          "404": {
            "$ref": "#/components/responses/Error"
          },
          "409": {
            "$ref": "#/components/responses/Error"
          }
        }
      }
    },
    "/positions": {
      "get": {
        "summary": "Positions of a member (member=) or an organization (org=), with concurrent titles as of on=",
        "parameters": [
          {
            "name": "member",
            "in": "query",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "org",
            "in": "query",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "on",
            "in": "query",
            "schema": {
              "type": "string",
              "format": "date"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "Positions",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PositionsView"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/Error"
          },
          "403": {
            "$ref": "#/components/responses/Error"
          },
          "404": {
            "$ref": "#/components/responses/Error"
          }
        }
      },
      "post": {
        "summary": "Record positions (one object, or {\"positions\": [...]}) all or nothing",
        "parameters": [],
        "requestBody": {
          "content": {
            "application/json": {
              "schema": {
                "oneOf": [
                  {
                    "$ref": "#/components/schemas/Position"
                  },
                  {
                    "type": "object",
                    "properties": {
                      "positions": {
                        "type": "array",
                        "items": {
                          "$ref": "#/components/schemas/Position"
                        }
                      }
                    }
                  }
                ]
              }
            }
          },
          "required": true
        },
        "responses": {
          "201": {
            "description": "The new ids",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "ids": {
                      "type": "array",
                      "items": {
                        "type": "integer"
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/Error"
          },
          "403": {
            "$ref": "#/components/responses/Error"
          },
          "404": {
            "$ref": "#/components/responses/Error"
          }
        }
      }
    }
  },
  "parameters": {
    "PersonnelCongressCode": {
      "name": "code",
      "in": "path",
      "required": true,
      "description": "Organization holding the congress",
      "schema": {
        "type": "string"
      }
    },
    "PersonnelCongressTerm": {
      "name": "term",
      "in": "path",
      "required": true,
      "description": "Term, e.g. 2020-2025",
      "schema": {
        "type": "string"
      }
    },
    "PersonnelItemId": {
      "name": "id",
      "in": "path",
      "required": true,
      "description": "Task or complaint id",
      "schema": {
        "type": "integer"
      }
    }
  },
  "responses": {},
  "schemas": {
    "SchemeRequest": {
      "type": "object",
      "properties": {
        "numbers": {
          "type": "object",
          "properties": {
            "committee": {
              "type": "integer"
            },
            "standing_committee": {
              "type": "integer"
            },
            "deputies": {
              "type": "integer"
            },
            "inspection": {
              "type": "integer"
            },
            "delegates": {
              "type": "integer"
            }
          }
        },
        "targets": {
          "$ref": "#/components/schemas/StructureTargets"
        },
        "profile": {
          "type": "string"
        },
        "note": {
          "type": "string"
        }
      }
    },
    "SchemeNomineeRequest": {
      "type": "object",
      "required": [
        "member_id"
      ],
      "properties": {
        "member_id": {
          "type": "string"
        },
        "list": {
          "type": "string",
          "enum": [
            "committee",
            "delegates"
          ]
        },
        "reason": {
          "type": "string",
          "enum": [
            "succession_plan",
            "re_election",
            "rotation",
            "other"
          ]
        },
        "outgoing": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "note": {
          "type": "string"
        }
      }
    },
    "ComplaintRequest": {
      "type": "object",
      "required": [
        "member_id",
        "received_on",
        "summary"
      ],
      "properties": {
        "member_id": {
          "type": "string"
        },
        "received_on": {
          "type": "string",
          "format": "date"
        },
        "source": {
          "type": "string",
          "enum": [
            "named_letter",
            "anonymous_letter",
            "petition",
            "media",
            "other"
          ]
        },
        "summary": {
          "type": "string"
        },
        "assigned_to": {
          "type": "string"
        }
      }
    },
    "Position": {
      "type": "object",
      "required": [
        "member_id",
        "kind",
        "organization"
      ],
      "properties": {
        "member_id": {
          "type": "string"
        },
        "kind": {
          "type": "string"
        },
        "organization": {
          "type": "string"
        },
        "org_code": {
          "type": "string"
        },
        "from": {
          "type": [
            "string",
            "null"
          ],
          "format": "date"
        },
        "to": {
          "type": [
            "string",
            "null"
          ],
          "format": "date"
        }
      }
    },
    "SchemeView": {
      "type": "object",
      "description": "json/personnel_json.h SchemeViewToJson",
      "properties": {
        "org_code": {
          "type": "string"
        },
        "term": {
          "type": "string"
        },
        "version": {
          "type": "integer"
        },
        "status": {
          "type": "string",
          "enum": [
            "draft",
            "submitted",
            "returned",
            "approved"
          ]
        },
        "numbers": {
          "type": "object",
          "properties": {
            "committee": {
              "type": "integer"
            },
            "standing_committee": {
              "type": "integer"
            },
            "deputies": {
              "type": "integer"
            },
            "inspection": {
              "type": "integer"
            },
            "delegates": {
              "type": "integer"
            }
          }
        },
        "versions": {
          "type": "array",
          "items": {
            "type": "object"
          }
        },
        "events": {
          "type": "array",
          "items": {
            "type": "object"
          }
        },
        "nominees": {
          "type": "array",
          "items": {
            "type": "object"
          }
        },
        "statistics": {
          "type": "object"
        }
      }
    },
    "VettingFile": {
      "type": "object",
      "properties": {
        "boards": {
          "type": "array",
          "items": {
            "type": "object"
          }
        },
        "tasks": {
          "type": "array",
          "items": {
            "type": "object"
          }
        },
        "complaints": {
          "type": "array",
          "items": {
            "type": "object"
          }
        }
      }
    },
    "PositionsView": {
      "type": "object",
      "properties": {
        "on": {
          "type": "string"
        },
        "kinds": {
          "type": "array",
          "items": {
            "type": "object"
          }
        },
        "positions": {
          "type": "array",
          "items": {
            "type": "object"
          }
        },
        "titles": {
          "type": "array",
          "items": {
            "type": "object"
          }
        }
      }
    }
  }
})json");
  return document;
}

}  // namespace daihoi::http
