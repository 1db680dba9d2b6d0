/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "wpa-supplicant-sm.h"

#include "rsn-element.h"

#include "ns3/abort.h"
#include "ns3/log.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("WpaSupplicantSm");

std::string
WpaSupplicantSm::Record::ToString() const
{
    return std::string(transmitted ? "TX " : "RX ") + EapolKeyFrame::MessageName(message) +
           " rc=" + std::to_string(replayCounter) + " " + std::to_string(size) + "B " + outcome;
}

WpaSupplicantSm::WpaSupplicantSm(const Config& config)
    : m_config(config),
      m_state(State::WAIT_MESSAGE_1),
      m_snonce(config.snonce),
      m_snonceFresh(true),
      m_gtkKeyId(0),
      m_gtkRsc(0),
      m_replaySet(false),
      m_replayCounter(0),
      m_installs(0)
{
    NS_ABORT_MSG_IF(m_config.pmk.size() != WpaCrypto::PMK_SIZE, "the PMK must have 32 bytes");
    NS_ABORT_MSG_IF(m_snonce.size() != WpaCrypto::NONCE_SIZE, "the SNonce must have 32 bytes");
    NS_ABORT_MSG_IF(m_config.eapolVersion != EapolFrame::VERSION_2001 &&
                        m_config.eapolVersion != EapolFrame::VERSION_2004,
                    "the EAPOL version must be 1 or 2");
    RsnElement element;
    std::string why;
    NS_ABORT_MSG_IF(!RsnElement::Decode(m_config.supplicantRsnElement, element, why),
                    "invalid own RSN element: " << why);
    NS_ABORT_MSG_IF(!RsnElement::Decode(m_config.authenticatorRsnElement, element, why),
                    "invalid AP RSN element: " << why);
}

void
WpaSupplicantSm::SetSnonce(const std::vector<uint8_t>& snonce)
{
    NS_ABORT_MSG_IF(snonce.size() != WpaCrypto::NONCE_SIZE, "the SNonce must have 32 bytes");
    m_snonce = snonce;
    m_snonceFresh = true;
}

WpaSupplicantSm::Result
WpaSupplicantSm::Received(EapolKeyFrame::HandshakeMessage message,
                          uint64_t counter,
                          std::size_t size,
                          Action action,
                          const std::string& reason)
{
    Record record;
    record.transmitted = false;
    record.message = message;
    record.replayCounter = counter;
    record.size = size;
    switch (action)
    {
    case Action::IGNORED:
        record.outcome = "ignored: " + reason;
        break;
    case Action::FAILED:
        record.outcome = "failed: " + reason;
        break;
    default:
        record.outcome = reason.empty() ? "accepted" : "accepted (" + reason + ")";
        break;
    }
    m_records.push_back(record);
    NS_LOG_DEBUG(record.ToString());
    if (action == Action::IGNORED || action == Action::FAILED)
    {
        m_lastError = reason;
    }
    Result result;
    result.action = action;
    if (action == Action::IGNORED || action == Action::FAILED)
    {
        result.reason = reason;
    }
    return result;
}

WpaSupplicantSm::Result
WpaSupplicantSm::Fail(const std::string& reason)
{
    NS_LOG_DEBUG("handshake with " << m_config.aa << " failed: " << reason);
    m_state = State::FAILED;
    m_lastError = reason;
    Result result;
    result.action = Action::FAILED;
    result.reason = reason;
    return result;
}

std::vector<uint8_t>
WpaSupplicantSm::Build(EapolKeyFrame::HandshakeMessage message,
                       uint64_t counter,
                       const std::vector<uint8_t>& kck)
{
    EapolKeyFrame key;
    key.SetDescriptorVersion(EapolKeyFrame::VERSION_HMAC_SHA1_AES);
    key.SetFlag(EapolKeyFrame::KEY_INFO_KEY_TYPE, true);
    key.SetFlag(EapolKeyFrame::KEY_INFO_KEY_MIC, true);
    key.SetKeyLength(0);
    key.SetReplayCounter(counter);
    if (message == EapolKeyFrame::MESSAGE_2)
    {
        // As wpa_supplicant: the Secure bit is set in message 2 of a PTK rekey.
        key.SetFlag(EapolKeyFrame::KEY_INFO_SECURE, m_ptk.IsSet());
        key.SetNonce(m_snonce);
        key.SetKeyData(m_config.supplicantRsnElement);
    }
    else
    {
        key.SetFlag(EapolKeyFrame::KEY_INFO_SECURE, true);
    }
    key.SetMic(WpaCrypto::EapolKeyMic(kck, key.EncodeEapol(m_config.eapolVersion, true)));
    std::vector<uint8_t> bytes = key.EncodeEapol(m_config.eapolVersion);
    Record record;
    record.transmitted = true;
    record.message = message;
    record.replayCounter = counter;
    record.size = bytes.size();
    record.outcome = "sent";
    m_records.push_back(record);
    NS_LOG_DEBUG(record.ToString());
    return bytes;
}

WpaSupplicantSm::Result
WpaSupplicantSm::OnReceive(const std::vector<uint8_t>& eapol)
{
    NS_LOG_FUNCTION(this << eapol.size());
    EapolFrame frame;
    EapolKeyFrame key;
    std::string why;
    if (!EapolKeyFrame::DecodeEapol(eapol, frame, key, why))
    {
        return Received(EapolKeyFrame::UNKNOWN_MESSAGE, 0, eapol.size(), Action::IGNORED, why);
    }
    EapolKeyFrame::HandshakeMessage message = key.Classify();
    uint64_t counter = key.GetReplayCounter();
    if (m_state == State::FAILED)
    {
        return Received(message, counter, eapol.size(), Action::IGNORED, "handshake failed");
    }
    if (key.GetDescriptorVersion() != EapolKeyFrame::VERSION_HMAC_SHA1_AES)
    {
        return Received(message,
                        counter,
                        eapol.size(),
                        Action::IGNORED,
                        "key descriptor version " + std::to_string(key.GetDescriptorVersion()) +
                            " not supported (expected 2)");
    }
    switch (message)
    {
    case EapolKeyFrame::MESSAGE_1:
        return OnMessage1(key, eapol.size());
    case EapolKeyFrame::MESSAGE_3:
        return OnMessage3(frame, key, eapol.size());
    case EapolKeyFrame::GROUP_MESSAGE_1:
        return Received(message,
                        counter,
                        eapol.size(),
                        Action::IGNORED,
                        "group key handshake not supported");
    default:
        return Received(message,
                        counter,
                        eapol.size(),
                        Action::IGNORED,
                        "unexpected EAPOL-Key frame (" + key.KeyInformationToString() +
                            ") from an authenticator");
    }
}

WpaSupplicantSm::Result
WpaSupplicantSm::OnMessage1(const EapolKeyFrame& key, std::size_t size)
{
    const auto message = EapolKeyFrame::MESSAGE_1;
    uint64_t counter = key.GetReplayCounter();
    if (key.GetKeyLength() != RsnElement::CipherKeyLength(RsnElement::CIPHER_CCMP))
    {
        return Received(message,
                        counter,
                        size,
                        Action::IGNORED,
                        "message 1 key length " + std::to_string(key.GetKeyLength()) +
                            " is not CCMP's 16");
    }
    if (m_replaySet && counter <= m_replayCounter)
    {
        return Received(message,
                        counter,
                        size,
                        Action::IGNORED,
                        "replay counter did not increase (message 1 rc=" + std::to_string(counter) +
                            ", last verified rc=" + std::to_string(m_replayCounter) + ")");
    }
    if (m_state == State::COMPLETED && !m_snonceFresh)
    {
        return Received(message,
                        counter,
                        size,
                        Action::IGNORED,
                        "message 1 after completion ignored: no fresh SNonce (SetSnonce)");
    }
    m_anonce = key.GetNonce();
    m_tptk = WpaCrypto::DerivePtk(m_config.pmk, m_config.aa, m_config.spa, m_anonce, m_snonce);
    m_state = State::WAIT_MESSAGE_3;
    Received(message, counter, size, Action::SEND, "");
    Result result;
    result.action = Action::SEND;
    result.frame = Build(EapolKeyFrame::MESSAGE_2, counter, m_tptk.kck);
    return result;
}

WpaSupplicantSm::Result
WpaSupplicantSm::OnMessage3(const EapolFrame& eapol, const EapolKeyFrame& key, std::size_t size)
{
    const auto message = EapolKeyFrame::MESSAGE_3;
    uint64_t counter = key.GetReplayCounter();
    if (m_state == State::WAIT_MESSAGE_1)
    {
        return Received(message, counter, size, Action::IGNORED, "message 3 before message 1");
    }
    if (!key.HasFlag(EapolKeyFrame::KEY_INFO_INSTALL))
    {
        return Received(message, counter, size, Action::IGNORED, "message 3 without Install bit");
    }
    if (!key.HasFlag(EapolKeyFrame::KEY_INFO_ENCRYPTED_KEY_DATA))
    {
        return Received(message,
                        counter,
                        size,
                        Action::IGNORED,
                        "message 3 key data is not encrypted");
    }
    if (key.GetKeyLength() != RsnElement::CipherKeyLength(RsnElement::CIPHER_CCMP))
    {
        return Received(message,
                        counter,
                        size,
                        Action::IGNORED,
                        "message 3 key length " + std::to_string(key.GetKeyLength()) +
                            " is not CCMP's 16");
    }
    if (m_replaySet && counter <= m_replayCounter)
    {
        return Received(message,
                        counter,
                        size,
                        Action::IGNORED,
                        "replay counter did not increase (message 3 rc=" + std::to_string(counter) +
                            ", last verified rc=" + std::to_string(m_replayCounter) + ")");
    }
    if (key.GetNonce() != m_anonce)
    {
        return Received(message,
                        counter,
                        size,
                        Action::IGNORED,
                        "ANonce in message 3 differs from message 1");
    }
    std::vector<uint8_t> mic = WpaCrypto::EapolKeyMic(m_tptk.kck, EapolKeyFrame::MicInput(eapol));
    if (!WpaCrypto::ConstantTimeEqual(mic, key.GetMic()))
    {
        return Received(message, counter, size, Action::IGNORED, "MIC failure on message 3");
    }
    m_replaySet = true;
    m_replayCounter = counter;
    if (m_state == State::COMPLETED)
    {
        // The authenticator did not get message 4: answer again, keep the installed keys.
        Received(message, counter, size, Action::SEND, "retransmission, keys not reinstalled");
        Result result;
        result.action = Action::SEND;
        result.frame = Build(EapolKeyFrame::MESSAGE_4, counter, m_ptk.kck);
        return result;
    }
    std::vector<uint8_t> plain;
    if (!WpaCrypto::AesKeyUnwrap(m_tptk.kek, key.GetKeyData(), plain))
    {
        return Received(message,
                        counter,
                        size,
                        Action::IGNORED,
                        "key data of message 3 does not unwrap (AES key wrap integrity check)");
    }
    RsnKeyData::Contents contents;
    std::string why;
    if (!RsnKeyData::Parse(plain, contents, why))
    {
        return Received(message,
                        counter,
                        size,
                        Action::IGNORED,
                        "message 3 key data is malformed: " + why);
    }
    std::string reason;
    RsnElement ap;
    RsnElement::Decode(m_config.authenticatorRsnElement, ap, why);
    if (contents.rsnElement != m_config.authenticatorRsnElement)
    {
        reason = contents.rsnElement.empty()
                     ? "message 3 carries no RSN IE"
                     : "RSN IE in message 3 differs from the AP's beacon/probe response";
    }
    else if (!contents.hasGtk)
    {
        reason = "message 3 carries no GTK KDE";
    }
    else if (contents.gtk.size() != RsnElement::CipherKeyLength(ap.GetGroupCipher()))
    {
        reason = "GTK of " + std::to_string(contents.gtk.size()) +
                 " bytes does not match the group cipher " +
                 RsnElement::SuiteToString(ap.GetGroupCipher());
    }
    if (!reason.empty())
    {
        Received(message, counter, size, Action::FAILED, reason);
        return Fail(reason);
    }
    m_ptk = m_tptk;
    m_gtk = contents.gtk;
    m_gtkKeyId = contents.gtkKeyId;
    m_gtkRsc = key.GetRscValue();
    ++m_installs;
    m_snonceFresh = false;
    m_state = State::COMPLETED;
    Received(message, counter, size, Action::COMPLETED, "");
    Result result;
    result.action = Action::COMPLETED;
    result.frame = Build(EapolKeyFrame::MESSAGE_4, counter, m_ptk.kck);
    return result;
}

WpaSupplicantSm::State
WpaSupplicantSm::GetState() const
{
    return m_state;
}

std::string
WpaSupplicantSm::StateName(State state)
{
    switch (state)
    {
    case State::WAIT_MESSAGE_1:
        return "WAIT_MESSAGE_1";
    case State::WAIT_MESSAGE_3:
        return "WAIT_MESSAGE_3";
    case State::COMPLETED:
        return "COMPLETED";
    case State::FAILED:
        return "FAILED";
    }
    return "?";
}

std::string
WpaSupplicantSm::ActionName(Action action)
{
    switch (action)
    {
    case Action::SEND:
        return "SEND";
    case Action::COMPLETED:
        return "COMPLETED";
    case Action::IGNORED:
        return "IGNORED";
    case Action::FAILED:
        return "FAILED";
    }
    return "?";
}

bool
WpaSupplicantSm::IsComplete() const
{
    return m_state == State::COMPLETED;
}

const WpaCrypto::Ptk&
WpaSupplicantSm::GetPtk() const
{
    return m_ptk;
}

const std::vector<uint8_t>&
WpaSupplicantSm::GetGtk() const
{
    return m_gtk;
}

uint8_t
WpaSupplicantSm::GetGtkKeyId() const
{
    return m_gtkKeyId;
}

uint64_t
WpaSupplicantSm::GetGtkRsc() const
{
    return m_gtkRsc;
}

const std::vector<uint8_t>&
WpaSupplicantSm::GetAnonce() const
{
    return m_anonce;
}

uint32_t
WpaSupplicantSm::GetInstallCount() const
{
    return m_installs;
}

const std::string&
WpaSupplicantSm::GetLastError() const
{
    return m_lastError;
}

const std::vector<WpaSupplicantSm::Record>&
WpaSupplicantSm::GetRecords() const
{
    return m_records;
}

} // namespace ns3
