/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "capwap-request-queue.h"

#include "ns3/log.h"
#include "ns3/packet.h"
#include "ns3/simulator.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("CapwapRequestQueue");

void
CapwapRequestQueue::SetSendFunction(SendFunction send)
{
    m_send = std::move(send);
}

void
CapwapRequestQueue::SetTimers(Time interval, uint32_t maxRetransmit)
{
    m_interval = interval;
    m_maxRetransmit = maxRetransmit;
}

void
CapwapRequestQueue::Send(CapwapControlMessage request,
                         ResponseFunction onResponse,
                         FailureFunction onFailure)
{
    m_pending.push_back({std::move(request), std::move(onResponse), std::move(onFailure)});
    if (m_pending.size() == 1)
    {
        m_pending.front().request.SetSequenceNumber(m_nextSequence++);
        m_tries = 0;
        Transmit();
    }
}

void
CapwapRequestQueue::Transmit()
{
    const CapwapControlMessage& request = m_pending.front().request;
    NS_LOG_FUNCTION(this << CapwapMessageTypeName(request.GetMessageType())
                         << unsigned(request.GetSequenceNumber()) << m_tries);
    if (m_tries > 0)
    {
        m_retransmissions++;
    }
    m_tries++;
    m_send(request.ToPacket());
    m_timer = Simulator::Schedule(m_interval, &CapwapRequestQueue::Timeout, this);
}

void
CapwapRequestQueue::Timeout()
{
    if (m_tries <= m_maxRetransmit)
    {
        Transmit();
        return;
    }
    NS_LOG_LOGIC("no response after " << m_maxRetransmit << " retransmissions");
    FailureFunction onFailure = std::move(m_pending.front().onFailure);
    Next();
    if (onFailure)
    {
        onFailure();
    }
}

bool
CapwapRequestQueue::HandleResponse(const CapwapControlMessage& response)
{
    if (m_pending.empty())
    {
        return false;
    }
    const CapwapControlMessage& request = m_pending.front().request;
    if (response.GetSequenceNumber() != request.GetSequenceNumber() ||
        response.GetMessageType() != request.GetMessageType() + 1)
    {
        return false;
    }
    ResponseFunction onResponse = std::move(m_pending.front().onResponse);
    Next();
    if (onResponse)
    {
        onResponse(response);
    }
    return true;
}

void
CapwapRequestQueue::Next()
{
    m_timer.Cancel();
    m_pending.pop_front();
    m_tries = 0;
    if (!m_pending.empty())
    {
        m_pending.front().request.SetSequenceNumber(m_nextSequence++);
        Transmit();
    }
}

void
CapwapRequestQueue::Clear()
{
    m_timer.Cancel();
    m_pending.clear();
    m_tries = 0;
}

bool
CapwapRequestQueue::IsIdle() const
{
    return m_pending.empty();
}

uint32_t
CapwapRequestQueue::GetRetransmissions() const
{
    return m_retransmissions;
}

} // namespace ns3
