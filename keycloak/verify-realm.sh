#!/usr/bin/env bash
# Checks a RUNNING Keycloak that has imported keycloak/isec-realm.json (dev realm).
#
#   keycloak/verify-realm.sh                       # Keycloak at http://localhost:8180
#   KEYCLOAK_URL=http://localhost:8181 keycloak/verify-realm.sh
#
# What it proves, with real tokens:
#   1. every demo user logs in through isec-cli (password grant) and the access token carries
#      iss = $KEYCLOAK_URL/realms/isec, aud ∋ isec-api and the expected realm roles;
#   2. isec-partner-demo gets a client-credentials token with realm role partner;
#   3. the membership provisioner's service account can create a user (first/last name, verified
#      e-mail, non-temporary password), map realm role member, set attribute org_id — and that user
#      then logs in through isec-cli with no pending required action, org_id and member in the token.
# The provisioned user is deleted at the end, so the script can run again.
# Needs curl and python3. Exits non-zero at the first failed check.
set -euo pipefail

KEYCLOAK_URL="${KEYCLOAK_URL:-http://localhost:8180}"
REALM_URL="$KEYCLOAK_URL/realms/isec"
TOKEN_URL="$REALM_URL/protocol/openid-connect/token"
ADMIN_URL="$KEYCLOAK_URL/admin/realms/isec"
PROVISIONER_SECRET="${ISEC_PROVISIONER_SECRET:-dev-provisioner-secret}"
PARTNER_SECRET="${ISEC_PARTNER_DEMO_SECRET:-dev-partner-secret}"

pass() { printf '  ok    %s\n' "$*"; }
fail() { printf '  FAIL  %s\n' "$*" >&2; exit 1; }

# Prints the JSON claims of a JWT (payload only; the signature is the services' business).
claims() {
  [ -n "$1" ] || return 1
  python3 -c 'import sys,json,base64
p=sys.argv[1].split(".")[1]; p+="="*(-len(p)%4)
print(json.dumps(json.loads(base64.urlsafe_b64decode(p))))' "$1"
}

# claim_check <claims-json> <python expression over c> <description>
claim_check() {
  if python3 -c 'import sys,json; c=json.loads(sys.argv[1]); sys.exit(0 if eval(sys.argv[2]) else 1)' "$1" "$2"; then
    pass "$3"
  else
    fail "$3 — claims were: $1"
  fi
}

# token <curl -d args...>: prints the access token or fails with Keycloak's answer.
token() {
  local body
  body=$(curl -sS -X POST "$TOKEN_URL" "$@") || fail "token endpoint $TOKEN_URL not reachable"
  python3 -c 'import sys,json
b=json.loads(sys.argv[1])
if "access_token" not in b: sys.exit(1)
print(b["access_token"])' "$body" || fail "no token: $body"
}

audience_and_issuer() {
  claim_check "$1" "c['iss'] == '$REALM_URL'" "$2: iss = $REALM_URL"
  claim_check "$1" "'isec-api' in (c['aud'] if isinstance(c['aud'], list) else [c['aud']])" "$2: aud contains isec-api"
}

echo "Keycloak realm checks against $REALM_URL"

echo "1. demo users (password grant through isec-cli)"
# user:expected-role ('-' = no ISEC role: amina and marco have not applied yet)
for entry in operator:operator advisor:advisor trainer:trainer member:member amina:- marco:-; do
  user=${entry%%:*}; role=${entry#*:}
  access=$(token -d grant_type=password -d client_id=isec-cli -d "username=$user" -d "password=dev-$user")
  c=$(claims "$access")
  audience_and_issuer "$c" "$user"
  claim_check "$c" "c['preferred_username'] == '$user' and c.get('email_verified') is True" "$user: username and verified e-mail"
  if [ "$role" = "-" ]; then
    claim_check "$c" "not set(c.get('realm_access',{}).get('roles',[])) & {'member','operator','advisor','trainer','partner'}" "$user: no ISEC role"
  else
    claim_check "$c" "'$role' in c['realm_access']['roles']" "$user: realm role $role"
  fi
done

echo "2. partner demo client (client credentials)"
c=$(claims "$(token -d grant_type=client_credentials -d client_id=isec-partner-demo -d "client_secret=$PARTNER_SECRET")")
audience_and_issuer "$c" "isec-partner-demo"
claim_check "$c" "'partner' in c['realm_access']['roles'] and c['azp'] == 'isec-partner-demo'" "isec-partner-demo: realm role partner, azp"

echo "3. public clients"
location=$(curl -sS -o /dev/null -w '%{redirect_url}' \
  "$REALM_URL/protocol/openid-connect/auth?client_id=isec-web&response_type=code&scope=openid&redirect_uri=http://localhost:3000/")
case "$location" in
  *code_challenge_method*) pass "isec-web refuses an authorization request without PKCE" ;;
  *) fail "isec-web accepted an authorization request without PKCE (redirect: $location)" ;;
esac
body=$(curl -sS -X POST "$TOKEN_URL" -d grant_type=password -d client_id=isec-web -d username=member -d password=dev-member)
case "$body" in
  *unauthorized_client*) pass "isec-web refuses the password grant" ;;
  *) fail "isec-web allowed the password grant: $body" ;;
esac

echo "4. provisioning through the admin REST API with the provisioner's service account"
admin=$(token -d grant_type=client_credentials -d client_id=isec-membership-provisioner -d "client_secret=$PROVISIONER_SECRET")
auth=(-H "Authorization: Bearer $admin")
username="verify-$(date +%s)-$RANDOM"
org_id="org-$RANDOM$RANDOM"

status=$(curl -sS -o /tmp/verify-realm.$$ -w '%{http_code}' -D /tmp/verify-realm-headers.$$ "${auth[@]}" \
  -H 'Content-Type: application/json' -X POST "$ADMIN_URL/users" -d @- <<JSON
{"username": "$username", "enabled": true, "email": "$username@isec.example", "emailVerified": true,
 "firstName": "Fatou", "lastName": "Ndiaye",
 "credentials": [{"type": "password", "value": "dev-$username", "temporary": false}]}
JSON
) || true
[ "$status" = 201 ] && pass "provisioner created user $username (201)" || fail "create user answered $status: $(cat /tmp/verify-realm.$$)"
user_id=$(sed -n 's#^[Ll]ocation: .*/users/\([^[:space:]]*\).*#\1#p' /tmp/verify-realm-headers.$$ | tr -d '\r')
rm -f /tmp/verify-realm.$$ /tmp/verify-realm-headers.$$
cleanup() { [ -n "${user_id:-}" ] && curl -sS -o /dev/null "${auth[@]}" -X DELETE "$ADMIN_URL/users/$user_id" || true; }
trap cleanup EXIT

# Role mapping needs the role's id; view-realm is not granted, so read it from the user's "available" list.
member_role=$(curl -sS "${auth[@]}" "$ADMIN_URL/users/$user_id/role-mappings/realm/available" |
  python3 -c 'import sys,json; print(json.dumps([r for r in json.load(sys.stdin) if r["name"]=="member"]))')
[ "$member_role" != "[]" ] || fail "role member not listed as available for the new user"
status=$(curl -sS -o /dev/null -w '%{http_code}' "${auth[@]}" -H 'Content-Type: application/json' \
  -X POST "$ADMIN_URL/users/$user_id/role-mappings/realm" -d "$member_role")
[ "$status" = 204 ] && pass "provisioner mapped realm role member (204)" || fail "role mapping answered $status"

# The admin API replaces the whole representation on PUT: read it, add org_id, write it back.
rep=$(curl -sS "${auth[@]}" "$ADMIN_URL/users/$user_id" | python3 -c 'import sys,json
u=json.load(sys.stdin); u.setdefault("attributes",{})["org_id"]=[sys.argv[1]]; print(json.dumps(u))' "$org_id")
status=$(curl -sS -o /tmp/verify-realm.$$ -w '%{http_code}' "${auth[@]}" -H 'Content-Type: application/json' \
  -X PUT "$ADMIN_URL/users/$user_id" -d "$rep")
[ "$status" = 204 ] && pass "provisioner set attribute org_id (204)" || fail "set org_id answered $status: $(cat /tmp/verify-realm.$$)"
rm -f /tmp/verify-realm.$$

pending=$(curl -sS "${auth[@]}" "$ADMIN_URL/users/$user_id" | python3 -c 'import sys,json; print(json.load(sys.stdin).get("requiredActions",[]))')
[ "$pending" = "[]" ] && pass "no required action pending on the new user" || fail "pending required actions: $pending"

user_token=$(token -d grant_type=password -d client_id=isec-cli -d "username=$username" -d "password=dev-$username")
c=$(claims "$user_token")
audience_and_issuer "$c" "$username"
claim_check "$c" "c.get('org_id') == '$org_id'" "$username: claim org_id = $org_id"
claim_check "$c" "'member' in c['realm_access']['roles']" "$username: realm role member"

# org_id decides whose data a caller sees: the user must not be able to change it through the account API.
status=$(curl -sS -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $user_token" -H 'Content-Type: application/json' \
  -X POST "$REALM_URL/account/" -d "{\"username\":\"$username\",\"email\":\"$username@isec.example\",\"firstName\":\"Fatou\",\"lastName\":\"Ndiaye\",\"attributes\":{\"org_id\":[\"someone-else\"]}}")
[ "$status" = 400 ] && pass "the user cannot change its own org_id through the account API (400)" || fail "account API answered $status to an org_id change"

echo "All realm checks passed."
