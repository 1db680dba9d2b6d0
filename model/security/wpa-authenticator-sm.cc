/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "wpa-authenticator-sm.h"

#include "ft-crypto.h"
#include "rsn-element.h"

#include "ns3/abort.h"
#include "ns3/log.h"

#include <algorithm>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("WpaAuthenticatorSm");

bool
WpaAuthenticatorSm::CheckSupplicantRsnElement(const std::vector<uint8_t>& supplicantRsnElement,
                                              const std::vector<uint8_t>& authenticatorRsnElement,
                                              std::string& why)
{
    return CheckSupplicantRsnElement(supplicantRsnElement, authenticatorRsnElement, false, why);
}

bool
WpaAuthenticatorSm::CheckSupplicantRsnElement(const std::vector<uint8_t>& supplicantRsnElement,
                                              const std::vector<uint8_t>& authenticatorRsnElement,
                                              bool ft,
                                              std::string& why)
{
    RsnElement sta;
    RsnElement ap;
    std::string error;
    if (!RsnElement::Decode(supplicantRsnElement, sta, error))
    {
        why = "invalid RSN element in the association request: " + error;
        return false;
    }
    if (!RsnElement::Decode(authenticatorRsnElement, ap, error))
    {
        why = "invalid AP RSN element: " + error;
        return false;
    }
    if (sta.GetGroupCipher() != ap.GetGroupCipher())
    {
        why = "group cipher " + RsnElement::SuiteToString(sta.GetGroupCipher()) +
              " of the client differs from the AP's " +
              RsnElement::SuiteToString(ap.GetGroupCipher());
        return false;
    }
    if (sta.GetPairwiseCiphers().size() != 1 ||
        sta.GetPairwiseCiphers()[0] != RsnElement::CIPHER_CCMP ||
        !ap.HasPairwiseCipher(RsnElement::CIPHER_CCMP))
    {
        why = "the client must select exactly one pairwise cipher, CCMP-128";
        return false;
    }
    // PSK and 802.1X (PMKSA caching) derive the PTK and the MICs alike (HMAC-SHA1); so do
    // FT-PSK and FT-802.1X (PMK-R1, AES-CMAC)
    bool oneAkm = sta.GetAkmSuites().size() == 1;
    uint32_t akm = oneAkm ? sta.GetAkmSuites()[0] : 0;
    if (ft)
    {
        if (!oneAkm || (akm != RsnElement::AKM_FT_PSK && akm != RsnElement::AKM_FT_8021X) ||
            !ap.HasAkm(akm))
        {
            why = "the client must select exactly one FT AKM suite of the AP, FT-PSK "
                  "(00-0F-AC:4) or FT-802.1X (00-0F-AC:3)";
            return false;
        }
        return true;
    }
    if (!oneAkm || (akm != RsnElement::AKM_PSK && akm != RsnElement::AKM_8021X) || !ap.HasAkm(akm))
    {
        why = "the client must select exactly one AKM suite of the AP, PSK (00-0F-AC:2) or "
              "802.1X (00-0F-AC:1)";
        return false;
    }
    return true;
}

WpaAuthenticatorSm::WpaAuthenticatorSm(const Config& config)
    : m_config(config),
      m_state(State::INITIALIZE),
      m_version(config.ft.enabled ? EapolKeyFrame::VERSION_AES_CMAC
                                  : EapolKeyFrame::VERSION_HMAC_SHA1_AES),
      m_nextReplayCounter(config.initialReplayCounter),
      m_lastReplayCounter(0),
      m_transmissions(0),
      m_micFailures(0)
{
    NS_ABORT_MSG_IF(!m_config.ft.enabled && m_config.pmk.size() != WpaCrypto::PMK_SIZE,
                    "the PMK must have 32 bytes");
    NS_ABORT_MSG_IF(m_config.ft.enabled && !m_config.ft.Check().empty(),
                    "invalid FT parameters: " << m_config.ft.Check());
    NS_ABORT_MSG_IF(m_config.gtk.size() != 16 && m_config.gtk.size() != 32,
                    "the GTK must have 16 (CCMP) or 32 (TKIP) bytes");
    NS_ABORT_MSG_IF(m_config.gtkKeyId > 3, "the GTK key ID is 0-3");
    NS_ABORT_MSG_IF(m_config.maxTransmissions == 0, "maxTransmissions must be at least 1");
    NS_ABORT_MSG_IF(m_config.eapolVersion != EapolFrame::VERSION_2001 &&
                        m_config.eapolVersion != EapolFrame::VERSION_2004,
                    "the EAPOL version must be 1 or 2");
    RsnElement ap;
    std::string why;
    NS_ABORT_MSG_IF(!RsnElement::Decode(m_config.authenticatorRsnElement, ap, why),
                    "invalid AP RSN element: " << why);
    NS_ABORT_MSG_IF(RsnElement::CipherKeyLength(ap.GetGroupCipher()) != m_config.gtk.size(),
                    "the GTK size does not match the AP's group cipher");
}

WpaAuthenticatorSm::Result
WpaAuthenticatorSm::Start(const std::vector<uint8_t>& anonce)
{
    NS_LOG_FUNCTION(this);
    NS_ABORT_MSG_IF(anonce.size() != WpaCrypto::NONCE_SIZE, "the ANonce must have 32 bytes");
    m_anonce = anonce;
    m_snonce.clear();
    m_ptk = WpaCrypto::Ptk();
    m_ptkName.clear();
    m_message3KeyData.clear();
    m_pendingCounters.clear();
    m_message1Counters.clear();
    m_transmissions = 0;
    std::string why;
    if (!CheckSupplicantRsnElement(m_config.supplicantRsnElement,
                                   m_config.authenticatorRsnElement,
                                   m_config.ft.enabled,
                                   why))
    {
        return Fail(why);
    }
    m_state = State::PTKSTART;
    return Result{Action::SEND, BuildMessage1(), ""};
}

EapolKeyFrame
WpaAuthenticatorSm::NextKeyFrame()
{
    EapolKeyFrame key;
    key.SetDescriptorVersion(m_version);
    key.SetFlag(EapolKeyFrame::KEY_INFO_KEY_TYPE, true);
    key.SetFlag(EapolKeyFrame::KEY_INFO_KEY_ACK, true);
    key.SetKeyLength(static_cast<uint16_t>(RsnElement::CipherKeyLength(RsnElement::CIPHER_CCMP)));
    key.SetReplayCounter(m_nextReplayCounter++);
    key.SetNonce(m_anonce);
    return key;
}

std::vector<uint8_t>
WpaAuthenticatorSm::Transmit(EapolKeyFrame::HandshakeMessage message, const EapolKeyFrame& key)
{
    std::vector<uint8_t> bytes = key.EncodeEapol(m_config.eapolVersion);
    uint64_t counter = key.GetReplayCounter();
    m_lastReplayCounter = counter;
    m_pendingCounters.push_back(counter);
    ++m_transmissions;
    const Record& record = m_log.Sent(message, counter, bytes.size());
    NS_LOG_DEBUG(record.ToString());
    return bytes;
}

std::vector<uint8_t>
WpaAuthenticatorSm::BuildMessage3KeyData() const
{
    std::vector<uint8_t> plain = m_config.authenticatorRsnElement;
    if (m_config.ft.enabled)
    {
        // hostapd SM_STATE(WPA_PTK, PTKINITNEGOTIATING): RSNE with PMKR1Name, MDE (hostapd's
        // RSNE buffer holds both), GTK KDE, FTE, TIE[ReassociationDeadline],
        // TIE[KeyLifetime] (IEEE 802.11-2020 12.7.6.4, 13.4.2)
        plain = WpaFtInsertPmkR1Name(plain, m_config.ft.pmkR1Name);
        std::vector<uint8_t> mde = m_config.ft.EncodeMde();
        plain.insert(plain.end(), mde.begin(), mde.end());
    }
    std::vector<uint8_t> gtkKde =
        RsnKeyData::EncodeGtkKde(m_config.gtkKeyId, m_config.gtkTx, m_config.gtk);
    plain.insert(plain.end(), gtkKde.begin(), gtkKde.end());
    if (m_config.ft.enabled)
    {
        std::vector<uint8_t> fte = m_config.ft.EncodeFte();
        plain.insert(plain.end(), fte.begin(), fte.end());
        for (auto [type, value] :
             {std::make_pair(WpaFtParams::TIMEOUT_REASSOC_DEADLINE,
                             m_config.ft.reassociationDeadlineTu),
              std::make_pair(WpaFtParams::TIMEOUT_KEY_LIFETIME, m_config.ft.keyLifetimeSeconds)})
        {
            // Timeout Interval element (9.4.2.49): ID 56, Length 5, Type, Value (little endian)
            plain.insert(plain.end(),
                         {WpaFtParams::TIMEOUT_INTERVAL_ELEMENT_ID,
                          5,
                          type,
                          static_cast<uint8_t>(value),
                          static_cast<uint8_t>(value >> 8),
                          static_cast<uint8_t>(value >> 16),
                          static_cast<uint8_t>(value >> 24)});
        }
    }
    return plain;
}

std::vector<uint8_t>
WpaAuthenticatorSm::BuildMessage1()
{
    EapolKeyFrame key = NextKeyFrame();
    m_message1Counters.push_back(key.GetReplayCounter());
    return Transmit(EapolKeyFrame::MESSAGE_1, key);
}

std::vector<uint8_t>
WpaAuthenticatorSm::BuildMessage3()
{
    EapolKeyFrame key = NextKeyFrame();
    key.SetFlag(EapolKeyFrame::KEY_INFO_INSTALL, true);
    key.SetFlag(EapolKeyFrame::KEY_INFO_KEY_MIC, true);
    key.SetFlag(EapolKeyFrame::KEY_INFO_SECURE, true);
    key.SetFlag(EapolKeyFrame::KEY_INFO_ENCRYPTED_KEY_DATA, true);
    key.SetRscValue(m_config.gtkRsc);
    key.SetKeyData(m_message3KeyData);
    key.SetMic(WpaKeyMic(m_version, m_ptk.kck, key.EncodeEapol(m_config.eapolVersion, true)));
    return Transmit(EapolKeyFrame::MESSAGE_3, key);
}

WpaAuthenticatorSm::Result
WpaAuthenticatorSm::Received(EapolKeyFrame::HandshakeMessage message,
                             uint64_t counter,
                             std::size_t size,
                             Action action,
                             const std::string& reason)
{
    Result result = m_log.Received(message, counter, size, action, reason);
    NS_LOG_DEBUG(m_log.GetLast().ToString());
    return result;
}

WpaAuthenticatorSm::Result
WpaAuthenticatorSm::Fail(const std::string& reason)
{
    NS_LOG_DEBUG("handshake with " << m_config.spa << " failed: " << reason);
    m_state = State::FAILED;
    m_log.SetLastError(reason);
    m_pendingCounters.clear();
    return Result{Action::FAILED, {}, reason};
}

bool
WpaAuthenticatorSm::IsPendingCounter(uint64_t counter) const
{
    return std::find(m_pendingCounters.begin(), m_pendingCounters.end(), counter) !=
           m_pendingCounters.end();
}

std::string
WpaAuthenticatorSm::CounterMismatch(int received, uint64_t counter) const
{
    return "replay counter mismatch on message " + std::to_string(received) + " (got " +
           std::to_string(counter) + ", message " + std::to_string(received - 1) + " sent with " +
           std::to_string(m_pendingCounters.front()) +
           (m_pendingCounters.size() > 1 ? " to " + std::to_string(m_pendingCounters.back())
                                         : std::string()) +
           ")";
}

WpaAuthenticatorSm::Result
WpaAuthenticatorSm::OnReceive(const std::vector<uint8_t>& eapol)
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
    switch (m_state)
    {
    case State::INITIALIZE:
        return Received(message, counter, eapol.size(), Action::IGNORED, "handshake not started");
    case State::FAILED:
        return Received(message, counter, eapol.size(), Action::IGNORED, "handshake failed");
    case State::PTKINITDONE:
        return Received(message,
                        counter,
                        eapol.size(),
                        Action::IGNORED,
                        "handshake already complete");
    default:
        break;
    }
    why = m_config.ft.enabled ? WpaCheckDescriptorVersion(key, m_version)
                              : WpaCheckDescriptorVersion(key);
    if (!why.empty())
    {
        return Received(message, counter, eapol.size(), Action::IGNORED, why);
    }
    switch (message)
    {
    case EapolKeyFrame::MESSAGE_2:
        return OnMessage2(frame, key, eapol.size());
    case EapolKeyFrame::MESSAGE_4:
        return OnMessage4(frame, key, eapol.size());
    case EapolKeyFrame::REQUEST:
        return Received(message,
                        counter,
                        eapol.size(),
                        Action::IGNORED,
                        "EAPOL-Key request frames are not supported");
    case EapolKeyFrame::MESSAGE_1:
    case EapolKeyFrame::MESSAGE_3:
    case EapolKeyFrame::GROUP_MESSAGE_1:
        return Received(message,
                        counter,
                        eapol.size(),
                        Action::IGNORED,
                        "frame with Key Ack set is not from a supplicant");
    default:
        return Received(message,
                        counter,
                        eapol.size(),
                        Action::IGNORED,
                        "unexpected EAPOL-Key frame (" + key.KeyInformationToString() + ")");
    }
}

WpaAuthenticatorSm::Result
WpaAuthenticatorSm::OnMessage2(const EapolFrame& eapol, const EapolKeyFrame& key, std::size_t size)
{
    const auto message = EapolKeyFrame::MESSAGE_2;
    uint64_t counter = key.GetReplayCounter();
    if (m_state == State::PTKINITNEGOTIATING &&
        std::find(m_message1Counters.begin(), m_message1Counters.end(), counter) !=
            m_message1Counters.end())
    {
        return Received(message,
                        counter,
                        size,
                        Action::IGNORED,
                        "retransmitted message 2 ignored: message 3 already sent");
    }
    if (m_state != State::PTKSTART)
    {
        return Received(message,
                        counter,
                        size,
                        Action::IGNORED,
                        "unexpected message 2 in state " + StateName(m_state));
    }
    if (!IsPendingCounter(counter))
    {
        return Received(message, counter, size, Action::IGNORED, CounterMismatch(2, counter));
    }
    if (key.HasFlag(EapolKeyFrame::KEY_INFO_ENCRYPTED_KEY_DATA))
    {
        return Received(message,
                        counter,
                        size,
                        Action::IGNORED,
                        "message 2 with encrypted key data");
    }
    m_state = State::PTKCALCNEGOTIATING;
    WpaCrypto::Ptk ptk;
    std::vector<uint8_t> ptkName;
    if (m_config.ft.enabled)
    {
        // IEEE 802.11-2020 12.7.1.7.5: PTK = KDF-SHA-256(PMK-R1, "FT-PTK", SNonce || ANonce ||
        // BSSID || STA-ADDR)
        FtCrypto::FtPtk ftPtk = FtCrypto::DerivePtk(m_config.ft.pmkR1,
                                                    m_config.ft.pmkR1Name,
                                                    key.GetNonce(),
                                                    m_anonce,
                                                    m_config.aa,
                                                    m_config.spa);
        ptk = ftPtk.ptk;
        ptkName = ftPtk.name;
    }
    else
    {
        ptk =
            WpaCrypto::DerivePtk(m_config.pmk, m_config.aa, m_config.spa, m_anonce, key.GetNonce());
    }
    if (!WpaMicIsValid(m_version, ptk.kck, eapol, key))
    {
        m_state = State::PTKSTART;
        ++m_micFailures;
        return Received(message,
                        counter,
                        size,
                        Action::IGNORED,
                        "MIC failure on message 2 (wrong passphrase?)");
    }
    RsnKeyData::Contents contents;
    std::string why;
    if (!RsnKeyData::Parse(key.GetKeyData(), contents, why))
    {
        m_state = State::PTKSTART;
        return Received(message,
                        counter,
                        size,
                        Action::IGNORED,
                        "message 2 key data is malformed: " + why);
    }
    if (m_config.ft.enabled)
    {
        // hostapd ft_check_msg_2_of_4 fails the handshake (the STA is disconnected)
        WpaFtKeyDataElements found;
        std::string reason =
            WpaFtCheckElements(contents, m_config.supplicantRsnElement, m_config.ft, 2, found);
        if (!reason.empty())
        {
            Received(message, counter, size, Action::FAILED, reason);
            return Fail(reason);
        }
    }
    else if (contents.rsnElement != m_config.supplicantRsnElement)
    {
        std::string reason = contents.rsnElement.empty()
                                 ? "message 2 carries no RSN IE"
                                 : "RSN IE in message 2 differs from association request";
        Received(message, counter, size, Action::FAILED, reason);
        return Fail(reason);
    }
    m_ptk = ptk;
    m_ptkName = ptkName;
    m_snonce = key.GetNonce();
    std::vector<uint8_t> plain = BuildMessage3KeyData();
    bool wrapped = WpaCrypto::AesKeyWrap(m_ptk.kek, RsnKeyData::Pad(plain), m_message3KeyData);
    NS_ABORT_MSG_IF(!wrapped, "AES key wrap of message 3 key data failed");
    m_state = State::PTKINITNEGOTIATING;
    m_pendingCounters.clear();
    m_transmissions = 0;
    Received(message, counter, size, Action::SEND, "");
    return Result{Action::SEND, BuildMessage3(), ""};
}

WpaAuthenticatorSm::Result
WpaAuthenticatorSm::OnMessage4(const EapolFrame& eapol, const EapolKeyFrame& key, std::size_t size)
{
    const auto message = EapolKeyFrame::MESSAGE_4;
    uint64_t counter = key.GetReplayCounter();
    if (m_state != State::PTKINITNEGOTIATING)
    {
        return Received(message,
                        counter,
                        size,
                        Action::IGNORED,
                        "unexpected message 4 in state " + StateName(m_state));
    }
    if (!IsPendingCounter(counter))
    {
        return Received(message, counter, size, Action::IGNORED, CounterMismatch(4, counter));
    }
    if (!key.HasFlag(EapolKeyFrame::KEY_INFO_SECURE))
    {
        return Received(message,
                        counter,
                        size,
                        Action::IGNORED,
                        "message 4 without the Secure bit");
    }
    if (!WpaMicIsValid(m_version, m_ptk.kck, eapol, key))
    {
        ++m_micFailures;
        return Received(message, counter, size, Action::IGNORED, "MIC failure on message 4");
    }
    m_state = State::PTKINITDONE;
    m_pendingCounters.clear();
    return Received(message, counter, size, Action::COMPLETED, "");
}

WpaAuthenticatorSm::Result
WpaAuthenticatorSm::Retransmit()
{
    NS_LOG_FUNCTION(this);
    if (m_state != State::PTKSTART && m_state != State::PTKINITNEGOTIATING)
    {
        return Result{Action::IGNORED, {}, "nothing to retransmit in state " + StateName(m_state)};
    }
    bool message1 = m_state == State::PTKSTART;
    if (m_transmissions >= m_config.maxTransmissions)
    {
        std::string reason = std::string("no valid message ") + (message1 ? "2" : "4") + " after " +
                             std::to_string(m_transmissions) + " transmissions of message " +
                             (message1 ? "1" : "3");
        if (!m_log.GetLastError().empty())
        {
            reason += "; last error: " + m_log.GetLastError();
        }
        return Fail(reason);
    }
    return Result{Action::SEND, message1 ? BuildMessage1() : BuildMessage3(), ""};
}

WpaAuthenticatorSm::State
WpaAuthenticatorSm::GetState() const
{
    return m_state;
}

std::string
WpaAuthenticatorSm::StateName(State state)
{
    switch (state)
    {
    case State::INITIALIZE:
        return "INITIALIZE";
    case State::PTKSTART:
        return "PTKSTART";
    case State::PTKCALCNEGOTIATING:
        return "PTKCALCNEGOTIATING";
    case State::PTKINITNEGOTIATING:
        return "PTKINITNEGOTIATING";
    case State::PTKINITDONE:
        return "PTKINITDONE";
    case State::FAILED:
        return "FAILED";
    }
    return "?";
}

std::string
WpaAuthenticatorSm::ActionName(Action action)
{
    return WpaHandshakeActionName(action);
}

bool
WpaAuthenticatorSm::IsComplete() const
{
    return m_state == State::PTKINITDONE;
}

const WpaCrypto::Ptk&
WpaAuthenticatorSm::GetPtk() const
{
    return m_ptk;
}

const std::vector<uint8_t>&
WpaAuthenticatorSm::GetPtkName() const
{
    return m_ptkName;
}

uint8_t
WpaAuthenticatorSm::GetDescriptorVersion() const
{
    return m_version;
}

const std::vector<uint8_t>&
WpaAuthenticatorSm::GetGtk() const
{
    return m_config.gtk;
}

uint8_t
WpaAuthenticatorSm::GetGtkKeyId() const
{
    return m_config.gtkKeyId;
}

const std::vector<uint8_t>&
WpaAuthenticatorSm::GetAnonce() const
{
    return m_anonce;
}

const std::vector<uint8_t>&
WpaAuthenticatorSm::GetSnonce() const
{
    return m_snonce;
}

uint64_t
WpaAuthenticatorSm::GetLastReplayCounter() const
{
    return m_lastReplayCounter;
}

uint32_t
WpaAuthenticatorSm::GetTransmissionCount() const
{
    return m_transmissions;
}

uint32_t
WpaAuthenticatorSm::GetRetransmitTimeoutMs() const
{
    if (m_state != State::PTKSTART && m_state != State::PTKINITNEGOTIATING)
    {
        return 0;
    }
    return m_transmissions <= 1 ? m_config.firstTimeoutMs : m_config.retryTimeoutMs;
}

uint32_t
WpaAuthenticatorSm::GetMicFailureCount() const
{
    return m_micFailures;
}

const std::string&
WpaAuthenticatorSm::GetLastError() const
{
    return m_log.GetLastError();
}

const std::vector<WpaAuthenticatorSm::Record>&
WpaAuthenticatorSm::GetRecords() const
{
    return m_log.GetRecords();
}

} // namespace ns3
