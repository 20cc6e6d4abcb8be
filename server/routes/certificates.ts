// The certificate endpoints of docs/protocol.md §8. Public (no sign-in): a certificate by id (its
// JSON, status and printable PDF), status lists, POST /verify and the rate-limited lookup by
// number + name. Signed in: a learner's certificates, the institution's, and an admin's revoke.
import { Router, type Request, type Response } from 'express';
import { certificateLookupSchema, revokeCertificateSchema, type CertificateStatusResponse } from '../../scenes/protocol/certificates';
import { visibleLearner } from '../auth/access';
import { authOf } from '../auth/middleware';
import { AddressBudget, type AddressBudgetLimit } from '../auth/login/addressBudget';
import { clientAddressKey } from '../auth/login/loginGuard';
import { ApiError } from '../http/errors';
import { parseInput } from '../http/validate';
import type { Store } from '../storage/store';
import type { CertificateService } from '../certificates/certificateService';
import { certificateSummary, normalizeCertificateNumber, normalizeHolderName } from '../certificates/summaries';
import { verifyCredentialJson } from '../certificates/verifier';
import { certificatePdf, pdfLanguageSchema } from '../certificates/pdf';

/** 20 lookups at once, then one every 5 s (12 a minute) per address: enough for a person, too few to guess names. */
export const defaultLookupLimit: AddressBudgetLimit = { burst: 20, perSecond: 0.2 };

/**
 * A verification costs ~5 ms of CPU: 60 at once and 10 a second per address let a classroom
 * behind one NAT address check their certificates together, and keep one address from taking a core.
 */
export const defaultVerifyLimit: AddressBudgetLimit = { burst: 60, perSecond: 10 };

export interface CertificateLimits {
  lookup?: AddressBudgetLimit;
  verify?: AddressBudgetLimit;
}

function takeOrRefuse(budget: AddressBudget, req: Request, res: Response, what: string): void {
  const address = clientAddressKey(req.ip);
  if (budget.tryTake(address)) return;
  res.setHeader('Retry-After', String(budget.retryAfterSeconds(address)));
  throw new ApiError('rate_limited', `too many ${what} from this address: wait a minute and try again`);
}

/** The origin a request came to, for URLs printed or signed on behalf of it (no VOCAXR_PUBLIC_URL). */
export const requestOrigin = (req: Request): string => `${req.protocol}://${req.get('host') ?? 'localhost'}`;

export function publicCertificateRoutes(store: Store, service: CertificateService, options: { publicUrl?: string | undefined; limits?: CertificateLimits }): Router {
  const router = Router();
  const lookupBudget = new AddressBudget(options.limits?.lookup ?? defaultLookupLimit);
  const verifyBudget = new AddressBudget(options.limits?.verify ?? defaultVerifyLimit);

  const certificate = async (id: string) => {
    const found = await store.certificates.getCertificate(id);
    if (!found) throw new ApiError('not_found', `no certificate "${id}"`);
    return found;
  };

  // Every miss, whether the number or the name is wrong, is the same `200 []` after the same
  // work (one indexed read by number, one comparison), so the answer says nothing about which.
  router.get('/certificates', async (req, res) => {
    takeOrRefuse(lookupBudget, req, res, 'certificate lookups');
    const query = parseInput(certificateLookupSchema, { number: req.query.number, name: req.query.name });
    const name = normalizeHolderName(query.name);
    const matches = (await store.certificates.findByNumber(normalizeCertificateNumber(query.number))).filter((c) => normalizeHolderName(c.holderName) === name);
    res.setHeader('Cache-Control', 'no-store');
    res.json(matches.map(certificateSummary));
  });

  router.get('/certificates/:id', async (req, res) => {
    const found = await certificate(String(req.params.id));
    res.type('application/json').send(found.credentialJson);
  });

  router.get('/certificates/:id/status', async (req, res) => {
    const found = await certificate(String(req.params.id));
    const body: CertificateStatusResponse = { id: found.id, revoked: found.revocation !== undefined, ...(found.revocation ? { reason: found.revocation.reason } : {}) };
    res.setHeader('Cache-Control', 'no-store');
    res.json(body);
  });

  router.get('/certificates/:id/pdf', async (req, res) => {
    const found = await certificate(String(req.params.id));
    const lang = parseInput(pdfLanguageSchema, req.query.lang ?? 'vi');
    const pdf = await certificatePdf(found, lang, `${options.publicUrl ?? requestOrigin(req)}/verify/${found.id}`);
    res.type('application/pdf').setHeader('Content-Disposition', `inline; filename="${found.number}.pdf"`);
    res.send(Buffer.from(pdf));
  });

  router.get('/status-lists/:listId', async (req, res) => {
    const list = await service.statusLists.signed(String(req.params.listId));
    if (!list) throw new ApiError('not_found', `no status list "${String(req.params.listId)}"`);
    // Re-signed on every revocation: a verifier must not keep an old copy.
    res.setHeader('Cache-Control', 'no-cache');
    res.json(list);
  });

  router.post('/verify', async (req, res) => {
    takeOrRefuse(verifyBudget, req, res, 'verifications');
    if (!req.body || typeof req.body !== 'object' || Array.isArray(req.body)) throw new ApiError('invalid', 'send the credential as a JSON object');
    res.setHeader('Cache-Control', 'no-store');
    res.json(await verifyCredentialJson(store, service, req.body));
  });

  return router;
}

export function certificateRoutes(store: Store, service: CertificateService, now: () => number = Date.now): Router {
  const router = Router();

  router.get('/learners/:learnerId/certificates', async (req, res) => {
    const viewer = authOf(res);
    const learner = await visibleLearner(store, viewer, String(req.params.learnerId));
    // The learner, their teacher, their institution's admin (PROTOCOL §8); not an assessor.
    if (viewer.role === 'assessor') throw new ApiError('forbidden', 'an assessor sees results, not certificates');
    res.json((await store.certificates.listByLearner(learner.id)).map(certificateSummary));
  });

  // Who holds which: every certificate of the institution for its admin; a teacher's learners' only.
  router.get('/institution/certificates', async (_req, res) => {
    const viewer = authOf(res);
    if (viewer.role !== 'admin' && viewer.role !== 'teacher') throw new ApiError('forbidden', 'only teachers and admins see who holds which certificate');
    const all = await store.certificates.listByInstitution(viewer.institutionId);
    const visible = viewer.role === 'admin' ? all : await filterAsync(all, (c) => store.directory.teachesLearner(viewer.userId, c.learnerId));
    res.json(visible.map((c) => ({ ...certificateSummary(c), learnerId: c.learnerId })));
  });

  router.post('/certificates/:id/revoke', async (req, res) => {
    const viewer = authOf(res);
    const { reason } = parseInput(revokeCertificateSchema, req.body);
    const found = await store.certificates.getCertificate(String(req.params.id));
    if (!found) throw new ApiError('not_found', `no certificate "${String(req.params.id)}"`);
    if (viewer.role !== 'admin' || viewer.institutionId !== found.institutionId) throw new ApiError('forbidden', 'only an admin of the issuing institution may revoke its certificates');
    if (found.revocation) throw new ApiError('conflict', `this certificate was already revoked on ${found.revocation.at}`);
    await service.revoke(found, reason, viewer.userId, new Date(now()).toISOString());
    res.json({ revoked: true });
  });

  return router;
}

async function filterAsync<T>(items: T[], keep: (item: T) => Promise<boolean>): Promise<T[]> {
  const kept = await Promise.all(items.map(keep));
  return items.filter((_, i) => kept[i]);
}
