/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "wpa-handshake-result.h"

#include "wpa-crypto.h"

#include "ns3/abort.h"
#include "ns3/log.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("WpaHandshakeResult");

std::string
WpaHandshakeActionName(WpaHandshakeAction action)
{
    switch (action)
    {
    case WpaHandshakeAction::SEND:
        return "SEND";
    case WpaHandshakeAction::COMPLETED:
        return "COMPLETED";
    case WpaHandshakeAction::IGNORED:
        return "IGNORED";
    case WpaHandshakeAction::FAILED:
        return "FAILED";
    }
    return "?";
}

std::string
WpaFrameRecord::ToString() const
{
    return std::string(transmitted ? "TX " : "RX ") + EapolKeyFrame::MessageName(message) +
           " rc=" + std::to_string(replayCounter) + " " + std::to_string(size) + "B " + outcome;
}

const WpaFrameRecord&
WpaHandshakeLog::Sent(EapolKeyFrame::HandshakeMessage message, uint64_t counter, std::size_t size)
{
    WpaFrameRecord record;
    record.transmitted = true;
    record.message = message;
    record.replayCounter = counter;
    record.size = size;
    record.outcome = "sent";
    m_records.push_back(record);
    return m_records.back();
}

WpaHandshakeResult
WpaHandshakeLog::Received(EapolKeyFrame::HandshakeMessage message,
                          uint64_t counter,
                          std::size_t size,
                          WpaHandshakeAction action,
                          const std::string& reason)
{
    bool rejected = action == WpaHandshakeAction::IGNORED || action == WpaHandshakeAction::FAILED;
    WpaFrameRecord record;
    record.transmitted = false;
    record.message = message;
    record.replayCounter = counter;
    record.size = size;
    if (action == WpaHandshakeAction::IGNORED)
    {
        record.outcome = "ignored: " + reason;
    }
    else if (action == WpaHandshakeAction::FAILED)
    {
        record.outcome = "failed: " + reason;
    }
    else
    {
        record.outcome = reason.empty() ? "accepted" : "accepted (" + reason + ")";
    }
    m_records.push_back(record);
    WpaHandshakeResult result;
    result.action = action;
    if (rejected)
    {
        m_lastError = reason;
        result.reason = reason;
    }
    return result;
}

const WpaFrameRecord&
WpaHandshakeLog::GetLast() const
{
    NS_ABORT_MSG_IF(m_records.empty(), "no frame was recorded");
    return m_records.back();
}

void
WpaHandshakeLog::SetLastError(const std::string& reason)
{
    m_lastError = reason;
}

const std::string&
WpaHandshakeLog::GetLastError() const
{
    return m_lastError;
}

const std::vector<WpaFrameRecord>&
WpaHandshakeLog::GetRecords() const
{
    return m_records;
}

std::string
WpaCheckDescriptorVersion(const EapolKeyFrame& key)
{
    if (key.GetDescriptorVersion() == EapolKeyFrame::VERSION_HMAC_SHA1_AES)
    {
        return "";
    }
    return "key descriptor version " + std::to_string(key.GetDescriptorVersion()) +
           " not supported (expected 2)";
}

bool
WpaMicIsValid(const std::vector<uint8_t>& kck, const EapolFrame& eapol, const EapolKeyFrame& key)
{
    return WpaCrypto::ConstantTimeEqual(WpaCrypto::EapolKeyMic(kck, EapolKeyFrame::MicInput(eapol)),
                                        key.GetMic());
}

} // namespace ns3
