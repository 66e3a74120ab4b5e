// A stand-in softphone, run as its own process: posts one whole call's events to the AgentDesk
// telephony endpoint, in order, and prints what it posted as JSON. Plain Node, no dependencies.
// Usage: node softphoneScript.mjs <port> <token> <callId> <callerNumber> <ringAt ms>
const [port, token, callId, callerNumber, ringAtText] = process.argv.slice(2);
const ringAt = Number(ringAtText);
const steps = [
  { event: 'ring', at: ringAt, callerNumber },
  { event: 'answer', at: ringAt + 12_000 },
  { event: 'hold', at: ringAt + 60_000 },
  { event: 'resume', at: ringAt + 95_000 },
  { event: 'hold', at: ringAt + 120_000 },
  { event: 'resume', at: ringAt + 130_000 },
  { event: 'transfer', at: ringAt + 150_000, target: '售后二线' },
  { event: 'hangup', at: ringAt + 200_000 },
];
const posted = [];
for (const step of steps) {
  const res = await fetch(`http://127.0.0.1:${port}/call-events`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ callId, ...step }),
  });
  const body = await res.json();
  if (res.status !== 201) {
    process.stderr.write(`${step.event}: ${res.status} ${JSON.stringify(body)}\n`);
    process.exit(1);
  }
  posted.push({ ...step, id: body.id });
}
process.stdout.write(JSON.stringify(posted));
