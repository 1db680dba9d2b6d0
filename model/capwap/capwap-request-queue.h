/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_CAPWAP_REQUEST_QUEUE_H
#define WLC_CAPWAP_REQUEST_QUEUE_H

#include "capwap-control-message.h"

#include "ns3/event-id.h"
#include "ns3/nstime.h"

#include <deque>
#include <functional>

namespace ns3
{

class Packet;

/**
 * \ingroup wlc
 * The requests one CAPWAP node sends to one peer (RFC 5415 §4.5.3): one outstanding request at a
 * time, each retransmitted every RetransmitInterval until its response arrives or MaxRetransmit
 * retransmissions went unanswered. Requests issued meanwhile wait their turn. The queue assigns
 * the sequence numbers and matches responses by sequence number and message type.
 */
class CapwapRequestQueue
{
  public:
    /// Puts a message on the wire. \param packet the message
    using SendFunction = std::function<void(Ptr<Packet>)>;
    /// Receives the response. \param response the response
    using ResponseFunction = std::function<void(const CapwapControlMessage&)>;
    /// Called when the peer never answered.
    using FailureFunction = std::function<void()>;

    /// \param send how messages reach the peer
    void SetSendFunction(SendFunction send);
    /**
     * \param interval RetransmitInterval
     * \param maxRetransmit MaxRetransmit
     */
    void SetTimers(Time interval, uint32_t maxRetransmit);
    /**
     * Send a request now, or when the requests before it are done.
     * \param request the request (its sequence number is set here)
     * \param onResponse called with the response
     * \param onFailure called if the peer never answers
     */
    void Send(CapwapControlMessage request, ResponseFunction onResponse, FailureFunction onFailure);
    /**
     * Offer a received response.
     * \param response a response message
     * \return true if it answered the outstanding request (and was consumed)
     */
    bool HandleResponse(const CapwapControlMessage& response);
    /// Drop every request without calling anything (the session is gone).
    void Clear();
    /// \return true when no request is outstanding or waiting
    bool IsIdle() const;
    /// \return the number of retransmissions made so far
    uint32_t GetRetransmissions() const;

  private:
    /// A request and what to do with its outcome.
    struct Pending
    {
        CapwapControlMessage request; //!< the request
        ResponseFunction onResponse;  //!< success
        FailureFunction onFailure;    //!< no answer
    };

    /// Transmit the head request (first time or again).
    void Transmit();
    /// RetransmitInterval expired without a response.
    void Timeout();
    /// The head request is done: start the next one.
    void Next();

    std::deque<Pending> m_pending; //!< head is outstanding
    SendFunction m_send;           //!< to the peer
    Time m_interval{Seconds(3)};   //!< RetransmitInterval
    uint32_t m_maxRetransmit{5};   //!< MaxRetransmit
    uint32_t m_tries{0};           //!< transmissions of the head request
    uint8_t m_nextSequence{0};     //!< next sequence number
    uint32_t m_retransmissions{0}; //!< total retransmissions
    EventId m_timer;               //!< retransmission timer
};

} // namespace ns3

#endif /* WLC_CAPWAP_REQUEST_QUEUE_H */
