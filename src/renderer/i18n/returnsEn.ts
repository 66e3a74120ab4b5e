/** Returns carried to the end, visit bookings and evidence (English). */
export const returnsEn = {
  returnFlow: {
    nextStep: 'Next: {{step}}',
    acts: {
      approve: 'Approve',
      refuse: 'Refuse',
      confirmMethod: 'Confirm method and address',
      ship: 'Record customer shipment',
      receive: 'Record receipt and inspection',
      process: 'Complete processing',
    },
    fields: {
      reason: 'Reason for refusal',
      refuseReason: 'Reason for refusal (needed to refuse)',
      method: 'Return method',
      methodHint: 'e.g. courier pickup, customer posts it',
      address: 'Pickup or return address',
      trackingNumber: 'Tracking number',
      inspection: 'Inspection result',
      resolution: 'Settle by',
    },
    resolutions: { refund: 'Refund', exchange: 'Exchange' },
    states: { open: 'In progress', refused: 'Refused', done: 'Completed' },
    stepDeadline: 'deadline {{time}}',
    breached: 'late',
    waiting: 'Waiting for: {{step}}, by {{time}}',
    overdue: 'overdue',
    tracking: 'Tracking number: {{number}}',
    resolved: 'Outcome: {{resolution}}',
  },
  returnOffer: {
    title: 'A return is not possible; the customer can be offered:',
    alternatives: { repair: 'Repair', warrantyService: 'Warranty service', leadEscalation: 'Exception approved by a lead' },
    chosen: 'Chosen: {{alternative}}. No return will be recorded when the call is saved.',
    choose: 'Offer {{alternative}} instead',
    offered: 'offered instead: {{alternative}}',
  },
};
