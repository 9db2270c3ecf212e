// A stand-in for Microsoft Entra ID on 127.0.0.1, for the pane's sign-in browser test: the v2.0 discovery document of
// one tenant and its JWKS (an RSA key generated for the run with node:crypto), and RS256 access and ID tokens signed with
// that key — what Microsoft.Identity.Web in the real ThiDua.Service fetches and validates. It also plays the part of the
// Office host's broker behind the fake nested-app-auth bridge (fake-office.js): `POST /broker/token` returns the tokens
// the host would hand the pane for the signed-in Office user.
import { createHash, createSign, generateKeyPairSync, randomUUID } from "node:crypto";
import { createServer } from "node:http";

/** The stand-in tenant id (what `AzureAd:TenantId` names). */
export const TENANT_ID = "7d1b6f0e-2f8c-4a43-9a51-3c1f3b6f0a10";
/** The API's application (client) id (`AzureAd:ClientId`); its App ID URI is `api://` + this. */
export const API_CLIENT_ID = "5a2f1c33-8e0d-4c1b-9f6e-2b7c4d5e6f70";

const base64url = (data) => Buffer.from(data).toString("base64url");

/** A stable object id for a user principal name (a GUID made from its hash). */
export function objectIdOf(upn) {
  const h = createHash("md5").update(upn).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/**
 * Starts the stand-in on a free loopback port.
 * @returns {Promise<{ instance: string, issuer: string, token(claims: object): string, user: { upn: string, name: string },
 *   audience: string | null, brokerRequests: object[], stop(): Promise<void> }>}
 *   `instance` is `AzureAd:Instance` (with a trailing slash); set `user` to change who the broker signs in, and `audience`
 *   to make the broker issue tokens for another API (null: the API the requested scope names).
 */
export async function startOidcStandIn() {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const kid = `browser-test-${randomUUID().slice(0, 8)}`;
  const jwk = { ...publicKey.export({ format: "jwk" }), kid, use: "sig", alg: "RS256" };
  let instance = "";
  const issuer = () => `${instance}${TENANT_ID}/v2.0`;

  /** A JWT signed with the run's key: `claims` over the usual iss/iat/nbf/exp/tid/ver. */
  function token(claims) {
    const now = Math.floor(Date.now() / 1000);
    const header = base64url(JSON.stringify({ alg: "RS256", typ: "JWT", kid }));
    const body = base64url(
      JSON.stringify({
        iss: issuer(),
        iat: now - 60,
        nbf: now - 60,
        exp: now + 3600,
        tid: TENANT_ID,
        ver: "2.0",
        ...claims,
      }),
    );
    const signature = createSign("RSA-SHA256").update(`${header}.${body}`).sign(privateKey);
    return `${header}.${body}.${base64url(signature)}`;
  }

  const state = {
    user: { upn: "officer@triyen.test", name: "Nguyễn Văn A" },
    audience: null,
    brokerRequests: [],
  };

  /** What the host's broker answers a nested app's token request: an access token for the scope's API and an ID token. */
  function brokerToken(request) {
    state.brokerRequests.push(request);
    const scopes = String(request.scope ?? "")
      .split(" ")
      .filter(Boolean);
    const apiScope = scopes.find((s) => s.startsWith("api://"));
    if (!apiScope) return { status: 400, body: { error: "invalid_scope", error_description: "no api:// scope" } };
    const resource = apiScope.slice(0, apiScope.lastIndexOf("/"));
    // Entra's v2.0 access tokens name the API by its client id: `api://{client id}` becomes `{client id}`.
    const apiClientId = resource.slice("api://".length);
    const { upn, name } = state.user;
    const oid = objectIdOf(upn);
    const person = { oid, sub: oid, preferred_username: upn, name };
    return {
      status: 200,
      body: {
        access_token: token({
          ...person,
          aud: state.audience ?? apiClientId,
          azp: request.clientId,
          scp: apiScope.slice(resource.length + 1),
        }),
        id_token: token({ ...person, aud: request.clientId }),
        expires_in: 3600,
        scope: apiScope,
        account: {
          homeAccountId: `${oid}.${TENANT_ID}`,
          environment: new URL(instance).host,
          tenantId: TENANT_ID,
          username: upn,
          localAccountId: oid,
          name,
        },
      },
    };
  }

  const server = createServer((req, res) => {
    const send = (status, body) => {
      res.writeHead(status, {
        "content-type": "application/json",
        "access-control-allow-origin": "*",
        "access-control-allow-headers": "content-type",
      });
      res.end(JSON.stringify(body));
    };
    const path = new URL(req.url, instance).pathname;
    if (req.method === "OPTIONS") return send(204, {});
    if (req.method === "GET" && path === `/${TENANT_ID}/v2.0/.well-known/openid-configuration`) {
      return send(200, {
        issuer: issuer(),
        authorization_endpoint: `${instance}${TENANT_ID}/oauth2/v2.0/authorize`,
        token_endpoint: `${instance}${TENANT_ID}/oauth2/v2.0/token`,
        jwks_uri: `${instance}${TENANT_ID}/discovery/v2.0/keys`,
        response_types_supported: ["code", "id_token", "token"],
        subject_types_supported: ["pairwise"],
        id_token_signing_alg_values_supported: ["RS256"],
      });
    }
    if (req.method === "GET" && path === `/${TENANT_ID}/discovery/v2.0/keys`) return send(200, { keys: [jwk] });
    if (req.method === "POST" && path === "/broker/token") {
      let text = "";
      req.on("data", (d) => (text += d));
      req.on("end", () => {
        let request;
        try {
          request = JSON.parse(text);
        } catch {
          return send(400, { error: "invalid_request" });
        }
        const { status, body } = brokerToken(request);
        send(status, body);
      });
      return undefined;
    }
    return send(404, { error: "not_found" });
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  instance = `http://127.0.0.1:${server.address().port}/`;
  return Object.assign(state, {
    instance,
    issuer: issuer(),
    token,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  });
}

/**
 * The environment that starts ThiDua.Service in Production, Entra ID mode, validating the stand-in's tokens, with
 * `members` as `Authorization:Members` (each `{ upn, role, unit?, district? }`), each by its object id (`objectIdOf(upn)`,
 * what the stand-in's tokens carry as `oid`; Production refuses members given by user principal name alone).
 * Only because the stand-in is plain http on loopback: JwtBearer may read its metadata over http, and the issuer is the
 * stand-in's (Microsoft.Identity.Web's Entra issuer check accepts a configured ValidIssuer before it reads Entra's
 * metadata). Signature, lifetime, audience, issuer and scope are all still validated.
 */
export function entraServiceEnv(oidc, members) {
  const env = {
    ASPNETCORE_ENVIRONMENT: "Production",
    Authentication__Mode: "EntraId",
    AzureAd__Instance: oidc.instance,
    AzureAd__TenantId: TENANT_ID,
    AzureAd__ClientId: API_CLIENT_ID,
    AzureAd__RequireHttpsMetadata: "false",
    AzureAd__TokenValidationParameters__ValidIssuer: oidc.issuer,
  };
  members.forEach((member, i) => {
    env[`Authorization__Members__${i}__ObjectId`] = objectIdOf(member.upn);
    env[`Authorization__Members__${i}__Upn`] = member.upn;
    env[`Authorization__Members__${i}__Role`] = member.role;
    if (member.unit) env[`Authorization__Members__${i}__Unit`] = member.unit;
    if (member.district) env[`Authorization__Members__${i}__District`] = member.district;
  });
  return env;
}
