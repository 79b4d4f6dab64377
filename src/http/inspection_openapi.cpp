// The OpenAPI description of the inspection routes (inspection_api.cpp).
#include "http/inspection_api.h"

namespace daihoi::http {

const nlohmann::json& InspectionOpenApi() {
  static const nlohmann::json document = nlohmann::json::parse(R"json({
 "paths": {
  "/inspections": {
   "get": {
    "summary": "Đợt kiểm tra: the inspection rounds, newest first",
    "parameters": [
     {
      "name": "org",
      "in": "query",
      "required": false,
      "description": "Only this organization's",
      "schema": {
       "type": "string"
      }
     }
    ],
    "responses": {
     "200": {
      "description": "The list",
      "content": {
       "application/json": {
        "schema": {
         "type": "object",
         "required": [
          "items",
          "total"
         ],
         "properties": {
          "items": {
           "type": "array",
           "items": {
            "$ref": "#/components/schemas/Inspection"
           }
          },
          "total": {
           "type": "integer"
          }
         }
        }
       }
      }
     },
     "404": {
      "$ref": "#/components/responses/Error"
     }
    }
   },
   "post": {
    "summary": "A new inspection round of a committee",
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/InspectionInput"
       }
      }
     }
    },
    "responses": {
     "201": {
      "description": "The inspection",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/InspectionView"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Error"
     },
     "404": {
      "$ref": "#/components/responses/Error"
     }
    }
   }
  },
  "/inspections/{id}": {
   "get": {
    "summary": "An inspection with its teams, units, schedule, findings and the problems of its saved schedule",
    "parameters": [
     {
      "$ref": "#/components/parameters/InspectionId"
     }
    ],
    "responses": {
     "200": {
      "description": "The inspection",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/InspectionView"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Error"
     },
     "404": {
      "$ref": "#/components/responses/Error"
     }
    }
   },
   "put": {
    "summary": "Change the title, window and rules",
    "parameters": [
     {
      "$ref": "#/components/parameters/InspectionId"
     }
    ],
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/InspectionInput"
       }
      }
     }
    },
    "responses": {
     "200": {
      "description": "The inspection",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/InspectionView"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Error"
     },
     "404": {
      "$ref": "#/components/responses/Error"
     }
    }
   }
  },
  "/inspections/{id}/teams": {
   "post": {
    "summary": "Add a team with its members (the first is the leader unless roles are given)",
    "parameters": [
     {
      "$ref": "#/components/parameters/InspectionId"
     }
    ],
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/InspectionTeamInput"
       }
      }
     }
    },
    "responses": {
     "201": {
      "description": "The inspection",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/InspectionView"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Error"
     },
     "404": {
      "$ref": "#/components/responses/Error"
     }
    }
   }
  },
  "/inspections/{id}/teams/{team}": {
   "put": {
    "summary": "Rename a team or replace its members",
    "parameters": [
     {
      "$ref": "#/components/parameters/InspectionId"
     },
     {
      "$ref": "#/components/parameters/InspectionTeamId"
     }
    ],
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/InspectionTeamInput"
       }
      }
     }
    },
    "responses": {
     "200": {
      "description": "The inspection",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/InspectionView"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Error"
     },
     "404": {
      "$ref": "#/components/responses/Error"
     }
    }
   },
   "delete": {
    "summary": "Remove a team with its visits",
    "parameters": [
     {
      "$ref": "#/components/parameters/InspectionId"
     },
     {
      "$ref": "#/components/parameters/InspectionTeamId"
     }
    ],
    "responses": {
     "200": {
      "description": "The inspection",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/InspectionView"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Error"
     },
     "404": {
      "$ref": "#/components/responses/Error"
     }
    }
   }
  },
  "/inspections/{id}/units": {
   "put": {
    "summary": "Choose the units to inspect (none: the direct subordinates with a congress in the term)",
    "parameters": [
     {
      "$ref": "#/components/parameters/InspectionId"
     }
    ],
    "requestBody": {
     "required": false,
     "content": {
      "application/json": {
       "schema": {
        "type": "object",
        "properties": {
         "units": {
          "type": "array",
          "items": {
           "oneOf": [
            {
             "type": "string"
            },
            {
             "type": "object",
             "required": [
              "org_code"
             ],
             "properties": {
              "org_code": {
               "type": "string"
              },
              "visit_days": {
               "type": "integer",
               "minimum": 1
              }
             }
            }
           ]
          }
         }
        }
       }
      }
     }
    },
    "responses": {
     "200": {
      "description": "The inspection",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/InspectionView"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Error"
     },
     "404": {
      "$ref": "#/components/responses/Error"
     }
    }
   }
  },
  "/inspections/{id}/assign": {
   "post": {
    "summary": "Phân công tự động: assign every unit to one team and schedule the visits inside the window (units fixed by hand stay)",
    "parameters": [
     {
      "$ref": "#/components/parameters/InspectionId"
     }
    ],
    "responses": {
     "200": {
      "description": "The inspection",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/InspectionView"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Error"
     },
     "404": {
      "$ref": "#/components/responses/Error"
     }
    }
   }
  },
  "/inspections/{id}/visits/{visit}": {
   "put": {
    "summary": "Move a visit to another team and/or date; refused (422) with the reasons when it adds a problem",
    "parameters": [
     {
      "$ref": "#/components/parameters/InspectionId"
     },
     {
      "$ref": "#/components/parameters/InspectionVisitId"
     }
    ],
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "type": "object",
        "properties": {
         "team_id": {
          "type": "integer"
         },
         "start": {
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
      "description": "The inspection",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/InspectionView"
        }
       }
      }
     },
     "400": {
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
  "/inspections/{id}/findings": {
   "post": {
    "summary": "Record (or replace) what the team found at a unit",
    "parameters": [
     {
      "$ref": "#/components/parameters/InspectionId"
     }
    ],
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "type": "object",
        "required": [
         "unit"
        ],
        "properties": {
         "unit": {
          "type": "string"
         },
         "strengths": {
          "type": "string"
         },
         "weaknesses": {
          "type": "string"
         },
         "recommendations": {
          "type": "string"
         }
        }
       }
      }
     }
    },
    "responses": {
     "200": {
      "description": "The inspection",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/InspectionView"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Error"
     },
     "404": {
      "$ref": "#/components/responses/Error"
     }
    }
   }
  },
  "/inspections/{id}/report.pdf": {
   "get": {
    "summary": "The inspection report in the Party document layout",
    "parameters": [
     {
      "$ref": "#/components/parameters/InspectionId"
     }
    ],
    "responses": {
     "200": {
      "description": "The report",
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
     "404": {
      "$ref": "#/components/responses/Error"
     }
    }
   }
  },
  "/inspections/{id}/schedule.xlsx": {
   "get": {
    "summary": "The schedule as an XLSX table",
    "parameters": [
     {
      "$ref": "#/components/parameters/InspectionId"
     }
    ],
    "responses": {
     "200": {
      "description": "The workbook",
      "content": {
       "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
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
     "404": {
      "$ref": "#/components/responses/Error"
     }
    }
   }
  },
  "/inspections/{id}/schedule.ics": {
   "get": {
    "summary": "The schedule as iCalendar, one all-day event per visit",
    "parameters": [
     {
      "$ref": "#/components/parameters/InspectionId"
     }
    ],
    "responses": {
     "200": {
      "description": "The calendar",
      "content": {
       "text/calendar": {
        "schema": {
         "type": "string"
        }
       }
      }
     },
     "400": {
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
  "InspectionId": {
   "name": "id",
   "in": "path",
   "required": true,
   "description": "Inspection id",
   "schema": {
    "type": "integer"
   }
  },
  "InspectionTeamId": {
   "name": "team",
   "in": "path",
   "required": true,
   "description": "Team id",
   "schema": {
    "type": "integer"
   }
  },
  "InspectionVisitId": {
   "name": "visit",
   "in": "path",
   "required": true,
   "description": "Visit id",
   "schema": {
    "type": "integer"
   }
  }
 },
 "responses": {},
 "schemas": {
  "Inspection": {
   "type": "object",
   "required": [
    "id",
    "org_code",
    "term",
    "title",
    "window_start",
    "window_end",
    "min_units_per_team",
    "max_units_per_team",
    "working_days_only",
    "created_at",
    "assigned_at"
   ],
   "properties": {
    "id": {
     "type": "integer"
    },
    "org_code": {
     "type": "string"
    },
    "term": {
     "type": "string"
    },
    "title": {
     "type": "string"
    },
    "window_start": {
     "type": "string",
     "format": "date"
    },
    "window_end": {
     "type": "string",
     "format": "date"
    },
    "min_units_per_team": {
     "type": "integer"
    },
    "max_units_per_team": {
     "type": "integer"
    },
    "working_days_only": {
     "type": "boolean"
    },
    "created_at": {
     "type": "string"
    },
    "assigned_at": {
     "type": "string",
     "nullable": true
    }
   }
  },
  "InspectionInput": {
   "type": "object",
   "required": [
    "window_start",
    "window_end"
   ],
   "properties": {
    "org_code": {
     "type": "string",
     "description": "Required on POST; fixed afterwards"
    },
    "term": {
     "type": "string"
    },
    "title": {
     "type": "string"
    },
    "window_start": {
     "type": "string",
     "format": "date"
    },
    "window_end": {
     "type": "string",
     "format": "date"
    },
    "min_units_per_team": {
     "type": "integer",
     "default": 1
    },
    "max_units_per_team": {
     "type": "integer",
     "default": 4
    },
    "working_days_only": {
     "type": "boolean",
     "default": true
    }
   }
  },
  "InspectionTeamInput": {
   "type": "object",
   "properties": {
    "name": {
     "type": "string"
    },
    "members": {
     "type": "array",
     "items": {
      "type": "object",
      "properties": {
       "member_id": {
        "type": "string"
       },
       "full_name": {
        "type": "string"
       },
       "role": {
        "type": "string",
        "enum": [
         "leader",
         "deputy",
         "member"
        ]
       },
       "home_org": {
        "type": "string"
       }
      }
     }
    }
   }
  },
  "InspectionView": {
   "allOf": [
    {
     "$ref": "#/components/schemas/Inspection"
    },
    {
     "type": "object",
     "required": [
      "org_name",
      "teams",
      "units",
      "problems"
     ],
     "properties": {
      "org_name": {
       "type": "string"
      },
      "teams": {
       "type": "array",
       "items": {
        "type": "object",
        "properties": {
         "id": {
          "type": "integer"
         },
         "name": {
          "type": "string"
         },
         "members": {
          "type": "array",
          "items": {
           "type": "object",
           "properties": {
            "member_id": {
             "type": "string"
            },
            "full_name": {
             "type": "string"
            },
            "role": {
             "type": "string",
             "enum": [
              "leader",
              "deputy",
              "member"
             ]
            },
            "home_org": {
             "type": "string"
            }
           }
          }
         },
         "units": {
          "type": "integer"
         },
         "load": {
          "type": "integer",
          "description": "Members of the units it inspects"
         }
        }
       }
      },
      "units": {
       "type": "array",
       "items": {
        "type": "object",
        "properties": {
         "org_code": {
          "type": "string"
         },
         "name": {
          "type": "string"
         },
         "members": {
          "type": "integer"
         },
         "visit_days": {
          "type": "integer"
         },
         "fixed_team_id": {
          "type": "integer",
          "nullable": true
         },
         "excluded_teams": {
          "type": "array",
          "items": {
           "type": "integer"
          }
         },
         "visit": {
          "type": "object",
          "properties": {
           "id": {
            "type": "integer"
           },
           "team_id": {
            "type": "integer"
           },
           "start": {
            "type": "string",
            "format": "date"
           },
           "end": {
            "type": "string",
            "format": "date"
           },
           "manual": {
            "type": "boolean"
           }
          },
          "nullable": true
         },
         "finding": {
          "type": "object",
          "properties": {
           "strengths": {
            "type": "string"
           },
           "weaknesses": {
            "type": "string"
           },
           "recommendations": {
            "type": "string"
           },
           "recorded_at": {
            "type": "string"
           }
          },
          "nullable": true
         }
        }
       }
      },
      "problems": {
       "type": "array",
       "items": {
        "type": "string"
       }
      }
     }
    }
   ]
  }
 }
})json");
  return document;
}

}  // namespace daihoi::http
