/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "wpa-supplicant-sm.h"

#include "ft-crypto.h"
#include "rsn-element.h"

#include "ns3/abort.h"
#include "ns3/log.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("WpaSupplicantSm");

WpaSupplicantSm::WpaSupplicantSm(const Config& config)
    : m_config(config),
      m_state(State::WAIT_MESSAGE_1),
      m_snonce(config.snonce),
      m_snonceFresh(true),
      m_version(config.ft.enabled ? EapolKeyFrame::VERSION_AES_CMAC
                                  : EapolKeyFrame::VERSION_HMAC_SHA1_AES),
      m_gtkKeyId(0),
      m_gtkRsc(0),
      m_replaySet(false),
      m_replayCounter(0),
      m_installs(0)
{
    NS_ABORT_MSG_IF(!m_config.ft.enabled && m_config.pmk.size() != WpaCrypto::PMK_SIZE,
                    "the PMK must have 32 bytes");
    NS_ABORT_MSG_IF(m_config.ft.enabled && !m_config.ft.Check().empty(),
                    "invalid FT parameters: " << m_config.ft.Check());
    NS_ABORT_MSG_IF(m_snonce.size() != WpaCrypto::NONCE_SIZE, "the SNonce must have 32 bytes");
    NS_ABORT_MSG_IF(m_config.eapolVersion != EapolFrame::VERSION_2001 &&
                        m_config.eapolVersion != EapolFrame::VERSION_2004,
                    "the EAPOL version must be 1 or 2");
    RsnElement element;
    std::string why;
    NS_ABORT_MSG_IF(!RsnElement::Decode(m_config.supplicantRsnElement, element, why),
                    "invalid own RSN element: " << why);
    NS_ABORT_MSG_IF(m_config.ft.enabled &&
                        (element.GetAkmSuites().size() != 1 ||
                         (element.GetAkmSuites()[0] != RsnElement::AKM_FT_PSK &&
                          element.GetAkmSuites()[0] != RsnElement::AKM_FT_8021X)),
                    "FT needs an own RSN element with one FT AKM (00-0F-AC:3 or :4)");
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
    Result result = m_log.Received(message, counter, size, action, reason);
    NS_LOG_DEBUG(m_log.GetLast().ToString());
    return result;
}

WpaSupplicantSm::Result
WpaSupplicantSm::Fail(const std::string& reason)
{
    NS_LOG_DEBUG("handshake with " << m_config.aa << " failed: " << reason);
    m_state = State::FAILED;
    m_log.SetLastError(reason);
    return Result{Action::FAILED, {}, reason};
}

std::vector<uint8_t>
WpaSupplicantSm::Build(EapolKeyFrame::HandshakeMessage message,
                       uint64_t counter,
                       const std::vector<uint8_t>& kck)
{
    EapolKeyFrame key;
    key.SetDescriptorVersion(m_version);
    key.SetFlag(EapolKeyFrame::KEY_INFO_KEY_TYPE, true);
    key.SetFlag(EapolKeyFrame::KEY_INFO_KEY_MIC, true);
    key.SetKeyLength(0);
    key.SetReplayCounter(counter);
    if (message == EapolKeyFrame::MESSAGE_2)
    {
        // As wpa_supplicant: the Secure bit is set in message 2 of a PTK rekey.
        key.SetFlag(EapolKeyFrame::KEY_INFO_SECURE, m_ptk.IsSet());
        key.SetNonce(m_snonce);
        if (m_config.ft.enabled)
        {
            // wpa_supplicant_send_2_of_4: the RSNE with PMKR1Name in its PMKID List, then the
            // MDE and FTE of the (Re)Association Response (IEEE 802.11-2020 12.7.6.3, 13.4.2)
            std::vector<uint8_t> data =
                WpaFtInsertPmkR1Name(m_config.supplicantRsnElement, m_config.ft.pmkR1Name);
            std::vector<uint8_t> mde = m_config.ft.EncodeMde();
            std::vector<uint8_t> fte = m_config.ft.EncodeFte();
            data.insert(data.end(), mde.begin(), mde.end());
            data.insert(data.end(), fte.begin(), fte.end());
            key.SetKeyData(data);
        }
        else
        {
            key.SetKeyData(m_config.supplicantRsnElement);
        }
    }
    else
    {
        key.SetFlag(EapolKeyFrame::KEY_INFO_SECURE, true);
    }
    key.SetMic(WpaKeyMic(m_version, kck, key.EncodeEapol(m_config.eapolVersion, true)));
    std::vector<uint8_t> bytes = key.EncodeEapol(m_config.eapolVersion);
    const Record& record = m_log.Sent(message, counter, bytes.size());
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
    why = m_config.ft.enabled ? WpaCheckDescriptorVersion(key, m_version)
                              : WpaCheckDescriptorVersion(key);
    if (!why.empty())
    {
        return Received(message, counter, eapol.size(), Action::IGNORED, why);
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

std::string
WpaSupplicantSm::CheckKeyLengthAndCounter(const EapolKeyFrame& key, const std::string& name) const
{
    if (key.GetKeyLength() != RsnElement::CipherKeyLength(RsnElement::CIPHER_CCMP))
    {
        return name + " key length " + std::to_string(key.GetKeyLength()) + " is not CCMP's 16";
    }
    uint64_t counter = key.GetReplayCounter();
    if (m_replaySet && counter <= m_replayCounter)
    {
        return "replay counter did not increase (" + name + " rc=" + std::to_string(counter) +
               ", last verified rc=" + std::to_string(m_replayCounter) + ")";
    }
    return "";
}

WpaSupplicantSm::Result
WpaSupplicantSm::OnMessage1(const EapolKeyFrame& key, std::size_t size)
{
    const auto message = EapolKeyFrame::MESSAGE_1;
    uint64_t counter = key.GetReplayCounter();
    std::string why = CheckKeyLengthAndCounter(key, "message 1");
    if (!why.empty())
    {
        return Received(message, counter, size, Action::IGNORED, why);
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
    if (m_config.ft.enabled)
    {
        // IEEE 802.11-2020 12.7.1.7.5 (wpa_supplicant wpa_derive_ptk_ft)
        FtCrypto::FtPtk ftPtk = FtCrypto::DerivePtk(m_config.ft.pmkR1,
                                                    m_config.ft.pmkR1Name,
                                                    m_snonce,
                                                    m_anonce,
                                                    m_config.aa,
                                                    m_config.spa);
        m_tptk = ftPtk.ptk;
        m_tptkName = ftPtk.name;
    }
    else
    {
        m_tptk = WpaCrypto::DerivePtk(m_config.pmk, m_config.aa, m_config.spa, m_anonce, m_snonce);
    }
    m_state = State::WAIT_MESSAGE_3;
    Received(message, counter, size, Action::SEND, "");
    return Result{Action::SEND, Build(EapolKeyFrame::MESSAGE_2, counter, m_tptk.kck), ""};
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
    std::string why = CheckKeyLengthAndCounter(key, "message 3");
    if (!why.empty())
    {
        return Received(message, counter, size, Action::IGNORED, why);
    }
    if (key.GetNonce() != m_anonce)
    {
        return Received(message,
                        counter,
                        size,
                        Action::IGNORED,
                        "ANonce in message 3 differs from message 1");
    }
    if (!WpaMicIsValid(m_version, m_tptk.kck, eapol, key))
    {
        return Received(message, counter, size, Action::IGNORED, "MIC failure on message 3");
    }
    m_replaySet = true;
    m_replayCounter = counter;
    if (m_state == State::COMPLETED)
    {
        // The authenticator did not get message 4: answer again, keep the installed keys.
        Received(message, counter, size, Action::SEND, "retransmission, keys not reinstalled");
        return Result{Action::SEND, Build(EapolKeyFrame::MESSAGE_4, counter, m_ptk.kck), ""};
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
    WpaFtKeyDataElements ftFound;
    if (m_config.ft.enabled)
    {
        // wpa_supplicant_validate_ie_ft: ft_validate_rsnie, ft_validate_mdie, ft_validate_ftie
        reason =
            WpaFtCheckElements(contents, m_config.authenticatorRsnElement, m_config.ft, 3, ftFound);
    }
    else if (contents.rsnElement != m_config.authenticatorRsnElement)
    {
        reason = contents.rsnElement.empty()
                     ? "message 3 carries no RSN IE"
                     : "RSN IE in message 3 differs from the AP's beacon/probe response";
    }
    if (reason.empty() && !contents.hasGtk)
    {
        reason = "message 3 carries no GTK KDE";
    }
    else if (reason.empty() &&
             contents.gtk.size() != RsnElement::CipherKeyLength(ap.GetGroupCipher()))
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
    m_ptkName = m_tptkName;
    m_ftTimeouts = ftFound;
    m_gtk = contents.gtk;
    m_gtkKeyId = contents.gtkKeyId;
    m_gtkRsc = key.GetRscValue();
    ++m_installs;
    m_snonceFresh = false;
    m_state = State::COMPLETED;
    Received(message, counter, size, Action::COMPLETED, "");
    return Result{Action::COMPLETED, Build(EapolKeyFrame::MESSAGE_4, counter, m_ptk.kck), ""};
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
    return WpaHandshakeActionName(action);
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
WpaSupplicantSm::GetPtkName() const
{
    return m_ptkName;
}

uint8_t
WpaSupplicantSm::GetDescriptorVersion() const
{
    return m_version;
}

const WpaFtKeyDataElements&
WpaSupplicantSm::GetFtTimeouts() const
{
    return m_ftTimeouts;
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
    return m_log.GetLastError();
}

const std::vector<WpaSupplicantSm::Record>&
WpaSupplicantSm::GetRecords() const
{
    return m_log.GetRecords();
}

} // namespace ns3
